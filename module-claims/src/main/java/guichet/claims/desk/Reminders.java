package guichet.claims.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reminders set on the current tenant's tickets. */
public interface Reminders extends Repository<Reminder, UUID> {

    Reminder save(Reminder reminder);

    Optional<Reminder> findById(UUID id);

    @Query("select r from Reminder r where r.ticketId = :ticket order by r.dueAt")
    List<Reminder> findByTicket(UUID ticket);

    @Query("""
            select r from Reminder r where r.sentAt is null and r.cancelledAt is null and r.dueAt <= :now
            order by r.dueAt""")
    List<Reminder> due(Instant now, Limit limit);
}
