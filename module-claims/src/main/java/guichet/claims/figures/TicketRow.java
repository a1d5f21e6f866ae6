package guichet.claims.figures;

import guichet.claims.sla.BusinessCalendar;
import guichet.platform.figures.Fact;
import guichet.platform.figures.Members;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's columns, as its facts read them: the live path reads its row once the change is flushed, a rebuild reads
 * every row, so both make the same facts of the same columns.
 *
 * @param agent the first staff member assigned, if any: the agent a resolution, a rating or a reopening counts for
 */
record TicketRow(
        UUID id,
        Instant created,
        @Nullable Instant resolvedAt,
        @Nullable UUID customer,
        Map<String, String> members,
        @Nullable UUID agent,
        @Nullable Instant due) {

    /** The columns of a ticket its facts read, of the table under this alias. */
    static String columns(String ticket) {
        return Stream.of(
                        "id",
                        "created_at",
                        "resolved_at",
                        "customer_id",
                        "product_id",
                        "site_id",
                        "type",
                        "priority",
                        "channel",
                        "created_by_user_id",
                        "assignee_ids[1]",
                        "resolution_due_at")
                .map(column -> ticket + "." + column)
                .collect(Collectors.joining(", "));
    }

    static TicketRow of(Object columns) {
        return of((Object[]) columns, 0);
    }

    /** The ticket of a result row whose ticket columns ({@link #columns}) start at this index. */
    static TicketRow of(Object[] c, int from) {
        Map<String, String> members = new HashMap<>();
        put(members, "customer", c[from + 3]);
        put(members, "product", c[from + 4]);
        put(members, "site", c[from + 5]);
        put(members, "type", c[from + 6]);
        put(members, "priority", c[from + 7]);
        put(members, "channel", c[from + 8]);
        put(members, "author", c[from + 9]);
        return new TicketRow(
                (UUID) c[from],
                Members.instant(c[from + 1]),
                c[from + 2] == null ? null : Members.instant(c[from + 2]),
                (UUID) c[from + 3],
                members,
                (UUID) c[from + 10],
                c[from + 11] == null ? null : Members.instant(c[from + 11]));
    }

    Fact opened() {
        return new Fact(ClaimFigures.OPENED, created, customer, members, 1);
    }

    /**
     * The resolution, its value the business time it took in seconds (the tenant's opening hours and holidays), for
     * the agent assigned.
     */
    Optional<Fact> resolved(BusinessCalendar calendar) {
        if (resolvedAt == null) {
            return Optional.empty();
        }
        return Optional.of(new Fact(
                ClaimFigures.RESOLVED,
                resolvedAt,
                customer,
                kept(Set.of("customer", "type", "product", "site", "priority"), agent),
                60 * calendar.minutesBetween(created, resolvedAt)));
    }

    /**
     * Whether it was resolved by its SLA's deadline: 100 or 0, so that the mean is the share in per cent; for the agent
     * assigned.
     */
    Optional<Fact> slaMet() {
        if (resolvedAt == null || due == null) {
            return Optional.empty();
        }
        return Optional.of(new Fact(
                ClaimFigures.SLA_MET,
                resolvedAt,
                customer,
                kept(Set.of("type", "product", "site", "priority"), agent),
                resolvedAt.isAfter(due) ? 0 : 100));
    }

    Fact rated(Instant at, int score) {
        return new Fact(ClaimFigures.RATED, at, customer, kept(Set.of("type", "customer"), agent), score);
    }

    /**
     * The staff's first public answer, by whom, its value the business time from the opening in seconds, measured by
     * the same calendar as the resolution.
     */
    Fact firstResponse(Instant at, @Nullable UUID by, BusinessCalendar calendar) {
        return new Fact(
                ClaimFigures.FIRST_RESPONSE,
                at,
                customer,
                kept(Set.of("type", "priority", "site", "product"), by),
                60 * calendar.minutesBetween(created, at));
    }

    /** A resolved or closed ticket reopened, for the agent assigned. */
    Fact reopened(Instant at) {
        return new Fact(
                ClaimFigures.REOPENED, at, customer, kept(Set.of("type", "priority", "site", "product"), agent), 1);
    }

    /** These dimensions' members, and the agent's, where the ticket has one. */
    private Map<String, String> kept(Set<String> dimensions, @Nullable UUID agent) {
        Map<String, String> kept = new HashMap<>(members);
        kept.keySet().retainAll(dimensions);
        if (agent != null) {
            kept.put("agent", agent.toString());
        }
        return kept;
    }

    private static void put(Map<String, String> members, String dimension, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            members.put(dimension, value.toString());
        }
    }
}
