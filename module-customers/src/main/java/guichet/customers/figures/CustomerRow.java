package guichet.customers.figures;

import guichet.platform.customers.Customer;
import guichet.platform.figures.Fact;
import guichet.platform.figures.Members;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's columns, as the customers module's facts read them: his registration, his conversion and its share in
 * the conversion rate.
 */
record CustomerRow(
        UUID id,
        String kind,
        String stage,
        @Nullable String segment,
        @Nullable LocalDate birth,
        Instant created,
        @Nullable Instant convertedAt,
        @Nullable String region) {

    /** The columns {@link #of} reads, of the customer table under the alias {@code c}. */
    static final String COLUMNS = "c.id, c.kind, c.stage, c.segment, c.birth_date, c.created_at,"
            + " c.converted_at, (select coalesce(nullif(a.region, ''), a.city)"
            + " from core_customer_address a where a.customer_id = c.id order by a.position limit 1)";

    /** Age bands by their lowest age, as marketing teams cut them. */
    private static final int[] AGE_BANDS = {18, 26, 36, 51, 66};

    /** The band of an age, by its lowest age ({@code 18}, {@code 26}…), or {@code under18}. */
    static String ageBand(LocalDate birth, LocalDate on) {
        int age = Period.between(birth, on).getYears();
        String band = "under18";
        for (int lowest : AGE_BANDS) {
            if (age >= lowest) {
                band = String.valueOf(lowest);
            }
        }
        return band;
    }

    static CustomerRow of(Object columns) {
        Object[] c = (Object[]) columns;
        return new CustomerRow(
                (UUID) c[0],
                (String) c[1],
                (String) c[2],
                blankless(c[3]),
                c[4] == null ? null : Members.date(c[4]),
                Members.instant(c[5]),
                c[6] == null ? null : Members.instant(c[6]),
                blankless(c[7]));
    }

    /**
     * Whether he was registered as a prospect: one still, or converted after his registration (a customer
     * registered as such is « converted » at that very instant).
     */
    boolean wasProspect() {
        return Customer.Stage.PROSPECT.name().equals(stage) || convertedAt != null && convertedAt.isAfter(created);
    }

    /** His registration, under the stage he was registered at, whatever his stage now. */
    Fact registered(ZoneId zone) {
        Map<String, String> members = new HashMap<>();
        members.put("kind", kind);
        members.put("stage", wasProspect() ? Customer.Stage.PROSPECT.name() : Customer.Stage.CUSTOMER.name());
        if (segment != null) {
            members.put("segment", segment);
        }
        if (birth != null) {
            members.put("age", ageBand(birth, LocalDate.ofInstant(created, zone)));
        }
        if (region != null) {
            members.put("region", region);
        }
        return new Fact(CustomerFigures.REGISTERED, created, id, members, 1);
    }

    /**
     * His registration as a prospect towards the conversion rate, under his segment and region: 100 where he has
     * been converted since, 0 otherwise; nothing for a customer registered as such.
     */
    Optional<Fact> conversion() {
        if (!wasProspect()) {
            return Optional.empty();
        }
        return Optional.of(new Fact(CustomerFigures.CONVERSION, created, id, markets(), convertedAt == null ? 0 : 100));
    }

    /** His registration's fact as it was before he was converted, to be withdrawn when he is. */
    Fact notConverted() {
        return new Fact(CustomerFigures.CONVERSION, created, id, markets(), 0);
    }

    /** His segment and region, those he has. */
    private Map<String, String> markets() {
        Map<String, String> members = new HashMap<>();
        if (segment != null) {
            members.put("segment", segment);
        }
        if (region != null) {
            members.put("region", region);
        }
        return members;
    }

    Optional<Fact> converted() {
        if (convertedAt == null || !convertedAt.isAfter(created)) {
            return Optional.empty();
        }
        Map<String, String> members = markets();
        members.put("kind", kind);
        return Optional.of(new Fact(
                CustomerFigures.CONVERTED,
                convertedAt,
                id,
                members,
                Math.max(0, Duration.between(created, convertedAt).toSeconds())));
    }

    static @Nullable String blankless(@Nullable Object value) {
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }
}
