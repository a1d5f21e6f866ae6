package guichet.platform.filters.web;

import java.io.Serializable;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A filter the panel's form could not save, carried to the list page (a flash attribute) so that the panel shows
 * what was typed with the reasons.
 *
 * @param listKey the list it was for
 * @param name the name typed
 * @param query the criteria
 * @param shared whether it was to be shared
 * @param errors message keys by field ({@code name}, {@code query})
 */
public record RejectedFilter(String listKey, String name, String query, boolean shared, Map<String, String> errors)
        implements Serializable {

    /** The flash attribute it travels in. */
    static final String ATTRIBUTE = "savedFilterRejected";

    public RejectedFilter {
        errors = Map.copyOf(errors);
    }

    /** The message key of a field's error, or null. */
    public @Nullable String error(String field) {
        return errors.get(field);
    }
}
