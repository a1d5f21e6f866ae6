package guichet.quotes.request;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers per tenant, kind and year ({@code DEV-2026-0001}): one counter row, taken by {@code INSERT … ON CONFLICT DO
 * UPDATE … RETURNING} in the caller's transaction, so two callers never get one number and a rolled-back caller gives
 * his back.
 */
@Component
public class YearCounters {

    private final EntityManager entities;

    YearCounters(EntityManager entities) {
        this.entities = entities;
    }

    /** The next number of this kind and year: {@code PREFIX-YEAR-0001}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix, int year) {
        Number value = (Number) entities.createNativeQuery("""
                        insert into quo_counter (kind, year, last_value) values (:kind, :year, 1)
                        on conflict (kind, year) do update set last_value = quo_counter.last_value + 1
                        returning last_value""")
                .setParameter("kind", prefix)
                .setParameter("year", year)
                .getSingleResult();
        return "%s-%d-%04d".formatted(prefix, year, value.intValue());
    }
}
