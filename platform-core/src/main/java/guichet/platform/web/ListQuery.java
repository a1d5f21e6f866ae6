package guichet.platform.web;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
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

    /** Rows on a page when the request names no size. */
    public static final int DEFAULT_SIZE = 20;

    /** The most rows a page may be asked to hold. */
    public static final int MAX_SIZE = 100;

    /** The page request to run: the asked order when the column is sortable, else the list's own order. */
    public Pageable pageable(Set<String> sortable, Sort fallback) {
        int number = page == null || page < 0 ? 0 : page;
        int rows = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        if (sort != null && sortable.contains(sort)) {
            Sort.Direction direction = "desc".equalsIgnoreCase(dir) ? Sort.Direction.DESC : Sort.Direction.ASC;
            return PageRequest.of(number, rows, Sort.by(direction, sort));
        }
        return PageRequest.of(number, rows, fallback);
    }
}
