package guichet.claims.desk;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The timelines of the current tenant's tickets. */
public interface Timeline extends Repository<TimelineEntry, UUID> {

    TimelineEntry save(TimelineEntry entry);

    @Query("select e from TimelineEntry e where e.ticketId = :ticket order by e.occurredAt, e.id")
    List<TimelineEntry> findByTicket(UUID ticket);
}
