package guichet.quotes.quote;

import guichet.quotes.pricing.Line;
import guichet.quotes.pricing.Totals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What changed from one revision of a quote to another: lines added, removed and changed, matched by their catalogue
 * item or, for free lines, their description (the n-th such line of one revision with the n-th of the other), and the
 * totals of both.
 *
 * @param from the older revision's number
 * @param to the newer revision's number
 * @param changes one entry per line of either revision, in the newer revision's order, then the removed ones
 * @param before the older revision's totals
 * @param after the newer revision's totals
 */
public record RevisionDiff(int from, int to, List<Change> changes, Totals before, Totals after) {

    /** What happened to a line. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED,
        SAME
    }

    /**
     * One line's change.
     *
     * @param before the line in the older revision, null if added
     * @param after the line in the newer revision, null if removed
     */
    public record Change(
            Kind kind, @Nullable Line before, @Nullable Line after) {

        /** The line as it reads now, or as it read before it was removed. */
        public Line shown() {
            return after != null ? after : java.util.Objects.requireNonNull(before);
        }
    }

    public RevisionDiff {
        changes = List.copyOf(changes);
    }

    /** The differences between two revisions' lines. */
    public static RevisionDiff between(
            int from, List<Line> older, int to, List<Line> newer, Totals before, Totals after) {
        Map<String, List<Line>> unmatched = new LinkedHashMap<>();
        for (Line line : older) {
            unmatched.computeIfAbsent(key(line), k -> new ArrayList<>()).add(line);
        }
        List<Change> changes = new ArrayList<>();
        for (Line line : newer) {
            List<Line> candidates = unmatched.get(key(line));
            if (candidates == null || candidates.isEmpty()) {
                changes.add(new Change(Kind.ADDED, null, line));
                continue;
            }
            Line old = candidates.removeFirst();
            changes.add(new Change(same(old, line) ? Kind.SAME : Kind.CHANGED, old, line));
        }
        unmatched.values().forEach(left -> left.forEach(line -> changes.add(new Change(Kind.REMOVED, line, null))));
        return new RevisionDiff(from, to, changes, before, after);
    }

    /** Whether nothing changed at all. */
    public boolean none() {
        return changes.stream().allMatch(c -> c.kind() == Kind.SAME);
    }

    private static String key(Line line) {
        return line.item() != null
                ? "item:" + line.item()
                : "text:" + line.description().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean same(Line a, Line b) {
        return a.description().equals(b.description())
                && a.quantity().compareTo(b.quantity()) == 0
                && a.unitPrice().equals(b.unitPrice())
                && a.discountPercent().compareTo(b.discountPercent()) == 0
                && a.taxRatePercent().compareTo(b.taxRatePercent()) == 0;
    }
}
