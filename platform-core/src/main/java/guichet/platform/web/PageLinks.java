package guichet.platform.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The paging and sorting links of a list page, for the page of results a {@link ListQuery} asked for.
 *
 * @param basePath the list's path, with any filter parameters, without paging or sorting
 * @param page the page shown
 * @param sort the column sorted on
 * @param ascending the direction
 */
public record PageLinks(String basePath, Page<?> page, String sort, boolean ascending) {

    /** Links for a page of results, remembering the order it was sorted in. */
    public static PageLinks of(String basePath, Page<?> page) {
        Sort.Order order = page.getSort().stream().findFirst().orElse(null);
        return new PageLinks(
                basePath, page, order == null ? "" : order.getProperty(), order == null || order.isAscending());
    }

    /** The link to another page in the same order. */
    public String toPage(int number) {
        return builder().replaceQueryParam("page", number).build().toUriString();
    }

    /** The link that sorts on a column: ascending, or reversed when already sorted on it. */
    public String sortBy(String column) {
        boolean nextAscending = !column.equals(sort) || !ascending;
        return UriComponentsBuilder.fromUriString(basePath)
                .replaceQueryParam("sort", column)
                .replaceQueryParam("dir", nextAscending ? "asc" : "desc")
                .build()
                .toUriString();
    }

    /** The {@code aria-sort} value of a column header. */
    public String ariaSort(String column) {
        if (!column.equals(sort)) {
            return "none";
        }
        return ascending ? "ascending" : "descending";
    }

    /** Page numbers to offer around the current one (0-based). */
    public List<Integer> window() {
        int current = page.getNumber();
        int last = Math.max(page.getTotalPages() - 1, 0);
        int from = Math.max(0, current - 2);
        int to = Math.min(last, current + 2);
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    private UriComponentsBuilder builder() {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(basePath);
        if (!sort.isEmpty()) {
            builder.replaceQueryParam("sort", sort).replaceQueryParam("dir", ascending ? "asc" : "desc");
        }
        return builder;
    }
}
