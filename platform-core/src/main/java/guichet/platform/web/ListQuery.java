package guichet.platform.web;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The paging and sorting a list page or API endpoint was asked for: the {@code page}, {@code size}, {@code sort} and
 * {@code dir} query parameters, bound by Spring MVC. Only the columns a list declares sortable are honoured.
 */
public record ListQuery(
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The page request to run: the asked order when the column is sortable, else the list's own order. */
    public Pageable pageable(Set<String> sortable, Sort fallback) {
        return PageLinks.request(page, size, sort, dir, sortable, fallback);
    }
}
