package guichet.customers.consumption;

import guichet.customers.figures.CustomerFigures;
import guichet.customers.figures.UsageFigures;
import guichet.platform.customers.CustomerGauges;
import guichet.platform.figures.Members;
import guichet.platform.ids.CustomerId;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers' monthly usage: kept per customer and month (a month imported again replaces the one kept, and its
 * figures are withdrawn before the new ones are recorded, in the same transaction), and the latest month's amount
 * billed and data used kept as the customer's gauges.
 */
@Service
public class ConsumptionLedger {

    private final EntityManager entities;
    private final CustomerFigures figures;
    private final CustomerGauges gauges;
    private final Clock clock;

    ConsumptionLedger(EntityManager entities, CustomerFigures figures, CustomerGauges gauges, Clock clock) {
        this.entities = entities;
        this.figures = figures;
        this.gauges = gauges;
        this.clock = clock;
    }

    /** The usage kept for any of these customers in any of these months, by {@link #key}. */
    @Transactional(readOnly = true)
    public Map<String, MonthlyUsage> kept(Collection<UUID> customers, Collection<YearMonth> months) {
        Map<String, MonthlyUsage> kept = new HashMap<>();
        if (customers.isEmpty() || months.isEmpty()) {
            return kept;
        }
        List<?> rows = entities.createNativeQuery(
                        "select customer_id, month, voice_minutes, sms, data_mb, billed,"
                                + " segment from cus_monthly_usage where customer_id = any(:customers) and month = any(:months)")
                .setParameter("customers", customers.toArray(UUID[]::new))
                .setParameter(
                        "months",
                        months.stream().map(m -> Date.valueOf(m.atDay(1))).toArray(Date[]::new))
                .getResultList();
        rows.stream().map(ConsumptionLedger::usage).forEach(u -> kept.put(key(u.customer(), u.month()), u));
        return kept;
    }

    /** A customer's usage over his latest months, newest first. */
    @Transactional(readOnly = true)
    public List<MonthlyUsage> latest(CustomerId customer, int months) {
        return entities
                .createNativeQuery("select customer_id, month, voice_minutes, sms, data_mb, billed, segment"
                        + " from cus_monthly_usage where customer_id = :customer order by month desc limit :months")
                .setParameter("customer", customer.value())
                .setParameter("months", months)
                .getResultList()
                .stream()
                .map(ConsumptionLedger::usage)
                .toList();
    }

    /**
     * Keeps a month's usage, in the caller's transaction, in place of the one kept before (given: its figures are
     * withdrawn).
     */
    @Transactional
    public void keep(MonthlyUsage usage, @Nullable MonthlyUsage before) {
        entities.flush();
        entities.createNativeQuery("insert into cus_monthly_usage"
                        + " (customer_id, month, voice_minutes, sms, data_mb, billed, segment, imported_at)"
                        + " values (:customer, :month, :voice, :sms, :data, :billed, :segment, :now)"
                        + " on conflict (customer_id, month) do update set voice_minutes = excluded.voice_minutes,"
                        + " sms = excluded.sms, data_mb = excluded.data_mb, billed = excluded.billed,"
                        + " segment = excluded.segment, imported_at = excluded.imported_at")
                .setParameter("customer", usage.customer())
                .setParameter("month", usage.month().atDay(1))
                .setParameter("voice", usage.usage().voiceMinutes())
                .setParameter("sms", usage.usage().sms())
                .setParameter("data", usage.usage().dataMb())
                .setParameter("billed", usage.usage().billed())
                .setParameter("segment", usage.segment())
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (before != null) {
            figures.withdrawn(month(before));
        }
        figures.used(month(usage));
        CustomerId customer = new CustomerId(usage.customer());
        LocalDate asOf = usage.countedOn();
        gauges.record(customer, CustomerGauges.BILLED, usage.usage().billed(), asOf);
        gauges.record(customer, CustomerGauges.DATA, usage.usage().dataMb(), asOf);
    }

    private static UsageFigures.Month month(MonthlyUsage kept) {
        Usage usage = kept.usage();
        return new UsageFigures.Month(
                kept.customer(),
                kept.countedOn(),
                kept.segment(),
                usage.voiceMinutes(),
                usage.sms(),
                usage.dataMb(),
                usage.billed());
    }

    /** The key of a customer's month in {@link #kept}. */
    public static String key(UUID customer, YearMonth month) {
        return customer + "/" + month;
    }

    private static MonthlyUsage usage(Object columns) {
        Object[] c = (Object[]) columns;
        return new MonthlyUsage(
                (UUID) c[0],
                YearMonth.from(Members.date(c[1])),
                new Usage((BigDecimal) c[2], ((Number) c[3]).longValue(), (BigDecimal) c[4], (BigDecimal) c[5]),
                (String) c[6]);
    }
}
