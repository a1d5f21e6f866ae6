package guichet.prospection.forum;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a reader asks of the forum's list: words to look for, a category, which questions.
 *
 * @param text words, searched in titles, texts and answers; {@code null} or blank for all
 * @param category one category's questions, or {@code null} for all
 * @param filter which questions
 */
public record ForumQuery(@Nullable String text, @Nullable UUID category, Filter filter) {

    /** Which questions a list shows. */
    public enum Filter {
        ALL,
        /** No published answer yet. */
        UNANSWERED,
        /** An answer marked as the solution. */
        SOLVED,
        /** No solution yet. */
        UNSOLVED;

        /** The filter a query parameter names, {@code ALL} for anything else. */
        public static Filter of(@Nullable String name) {
            if (name == null) {
                return ALL;
            }
            for (Filter filter : values()) {
                if (filter.name().equalsIgnoreCase(name)) {
                    return filter;
                }
            }
            return ALL;
        }
    }

    public boolean searching() {
        return text != null && !text.isBlank();
    }
}
