package guichet.platform.filters;

import java.util.regex.Pattern;

/**
 * A list page whose filters can be saved. A module registers one bean per such list, for instance
 *
 * <pre>{@code
 * @Bean
 * FilterableList ticketList() {
 *     return new FilterableList("claims.tickets", "/claims/tickets", "claims.tickets.title", ClaimsModule.VIEW);
 * }
 * }</pre>
 *
 * and its template shows the panel where the list's criteria are known (inside the part its HTMX search swaps, so that
 * the panel saves what is shown): {@code <div th:replace="~{fragments/saved-filters :: panel('claims.tickets',
 * ${links.basePath()})}"></div>}.
 *
 * @param key the list's key, {@code <module>.<list>}: lower-case words separated by dots
 * @param path the list page's path, which a saved filter's link opens with its query
 * @param labelKey the message key of the list's name
 * @param permission the permission the list page declares; a user without it can neither see nor save its filters
 */
public record FilterableList(String key, String path, String labelKey, String permission) {

    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$");
    private static final Pattern PATH = Pattern.compile("^(/[A-Za-z0-9._~-]+)+$");

    public FilterableList {
        if (!KEY.matcher(key).matches() || key.length() > 60) {
            throw new IllegalArgumentException(
                    "A list key is <module>.<list> in lower case, 60 characters at most: " + key);
        }
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("A list path is a plain absolute path without query: " + path);
        }
    }

    /** The link that opens the list with a saved query. */
    public String linkTo(String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
