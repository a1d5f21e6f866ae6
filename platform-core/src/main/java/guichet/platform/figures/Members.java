package guichet.platform.figures;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every {@link FigureSource} does with members and the columns its facts are read from: the ids among a
 * dimension's members, the names of the records found for them, and the times a native query gives back in whatever
 * type the driver chose.
 */
public final class Members {

    private Members() {}

    /** The members that are ids; the others (codes, words) are left out. */
    public static Set<UUID> ids(Collection<String> members) {
        return members.stream().map(Members::id).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    /** The names of records found by id, keyed by the id as a member. */
    public static <T> Map<String, String> named(List<T> found, Function<T, UUID> id, Function<T, String> name) {
        Map<String, String> names = new HashMap<>();
        found.forEach(one -> names.put(id.apply(one).toString(), name.apply(one)));
        return names;
    }

    /** A {@code timestamptz} column's value as an instant. */
    public static Instant instant(Object column) {
        return switch (column) {
            case Instant instant -> instant;
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalArgumentException("Not a time: " + column.getClass());
        };
    }

    /** A {@code date} column's value as a date. */
    public static LocalDate date(Object column) {
        return switch (column) {
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            default -> throw new IllegalArgumentException("Not a date: " + column.getClass());
        };
    }

    private static Optional<UUID> id(String member) {
        try {
            return Optional.of(UUID.fromString(member));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }
}
