package guichet.platform.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * A page of results as the REST API returns it.
 *
 * @param items the results on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many results there are in all
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapping) {
        return new PageResponse<>(
                page.getContent().stream().map(mapping).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements());
    }
}
