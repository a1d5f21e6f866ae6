package guichet.claims.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The SLA clocks of the current tenant's tickets. */
public interface SlaClocks extends Repository<SlaClock, UUID> {

    SlaClock save(SlaClock clock);

    Optional<SlaClock> findById(UUID ticket);

    /** Running clocks whose warning time has come and that have not warned yet. */
    @Query("""
            select c from SlaClock c where c.warnedAt is null and c.pausedSince is null and c.warnAt <= :now
            order by c.warnAt""")
    List<SlaClock> warningDue(Instant now, Limit limit);

    /** Clocks of open tickets whose resolution or first-response deadline passed without a mark yet. */
    @Query(value = """
            select c.* from clm_sla_clock c join core_ticket t on t.id = c.ticket_id
            where t.category in ('NEW', 'IN_PROGRESS')
              and ((c.breached_at is null and t.resolution_due_at <= :now)
                or (c.response_breached_at is null and t.first_responded_at is null
                    and t.first_response_due_at <= :now))
            limit 500""", nativeQuery = true)
    List<SlaClock> breachDue(Instant now);
}
