package guichet.platform.filters.web;

import guichet.platform.filters.FilterQuery;
import guichet.platform.filters.SavedFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The panel's « save this filter » form, as posted. */
class SavedFilterForm {

    private @Nullable String listKey;
    private @Nullable String name;
    private @Nullable String query;
    private boolean shared;
    private @Nullable String returnTo;

    /** Message keys of what is wrong, by field; empty when the form can be saved. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        String typed = name == null ? "" : name.strip();
        if (typed.isEmpty()) {
            errors.put("name", "form.error.required");
        } else if (typed.length() > SavedFilter.MAX_NAME) {
            errors.put("name", "filters.error.name.too-long");
        }
        if (query != null && query.length() > SavedFilter.MAX_QUERY) {
            errors.put("query", "filters.error.query.too-long");
        } else {
            try {
                FilterQuery.normalized(query == null ? "" : query);
            } catch (IllegalArgumentException malformed) {
                errors.put("query", "filters.error.query.invalid");
            }
        }
        return errors;
    }

    RejectedFilter rejected(Map<String, String> errors) {
        String keptQuery = query == null ? "" : query;
        return new RejectedFilter(
                listKey(),
                name == null ? "" : name,
                keptQuery.length() > SavedFilter.MAX_QUERY ? keptQuery.substring(0, SavedFilter.MAX_QUERY) : keptQuery,
                shared,
                errors);
    }

    String listKey() {
        return listKey == null ? "" : listKey;
    }

    String name() {
        return name == null ? "" : name;
    }

    String query() {
        return query == null ? "" : query;
    }

    public void setListKey(@Nullable String listKey) {
        this.listKey = listKey;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public void setQuery(@Nullable String query) {
        this.query = query;
    }

    public boolean isShared() {
        return shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }

    public @Nullable String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(@Nullable String returnTo) {
        this.returnTo = returnTo;
    }
}
