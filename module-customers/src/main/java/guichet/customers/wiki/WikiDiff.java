package guichet.customers.wiki;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.List;

/**
 * The differences between two texts of a page, line by line, as java-diff-utils finds them: each line kept, removed,
 * added or changed (shown removed then added), for a page that shows them as text, never as HTML.
 */
public final class WikiDiff {

    /** One line of the comparison: its kind and the older and newer text (empty where the line is absent). */
    public record Line(Kind kind, String older, String newer) {}

    /** What happened to a line. */
    public enum Kind {
        KEPT,
        REMOVED,
        ADDED,
        CHANGED
    }

    private static final DiffRowGenerator ROWS = DiffRowGenerator.create()
            .showInlineDiffs(false)
            .ignoreWhiteSpaces(false)
            .lineNormalizer(line -> line)
            .build();

    private WikiDiff() {}

    /** The lines of {@code older} and {@code newer} compared. */
    public static List<Line> between(String older, String newer) {
        return ROWS.generateDiffRows(lines(older), lines(newer)).stream()
                .map(row -> new Line(kind(row.getTag()), row.getOldLine(), row.getNewLine()))
                .toList();
    }

    /** A text's lines; an empty text has none (the first version's lines are all added, not one changed). */
    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    private static Kind kind(DiffRow.Tag tag) {
        return switch (tag) {
            case EQUAL -> Kind.KEPT;
            case DELETE -> Kind.REMOVED;
            case INSERT -> Kind.ADDED;
            case CHANGE -> Kind.CHANGED;
        };
    }
}
