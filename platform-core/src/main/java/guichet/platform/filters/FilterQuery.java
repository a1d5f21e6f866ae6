package guichet.platform.filters;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.web.util.UriUtils;

/** The query string a saved filter keeps: a list's criteria, without paging, blanks or anything but parameters. */
public final class FilterQuery {

    /** Parameters that are no criteria: the page shown, the language, a form's token. */
    static final Set<String> DROPPED = Set.of("page", "lang", "_csrf");

    private FilterQuery() {}

    /**
     * The query in canonical form: a leading {@code ?} and any fragment removed, paging and blank values dropped, names
     * and values re-encoded.
     *
     * @throws IllegalArgumentException if it is longer than {@link SavedFilter#MAX_QUERY} or badly encoded
     */
    public static String normalized(String query) {
        String raw = query.strip();
        if (raw.startsWith("?")) {
            raw = raw.substring(1);
        }
        int fragment = raw.indexOf('#');
        if (fragment >= 0) {
            raw = raw.substring(0, fragment);
        }
        if (raw.length() > SavedFilter.MAX_QUERY) {
            throw new IllegalArgumentException("Query longer than " + SavedFilter.MAX_QUERY);
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name.isBlank() || value.isBlank() || DROPPED.contains(name)) {
                continue;
            }
            kept.add(encode(name) + "=" + encode(value));
        }
        String normalized = String.join("&", kept);
        if (normalized.length() > SavedFilter.MAX_QUERY) {
            throw new IllegalArgumentException("Query longer than " + SavedFilter.MAX_QUERY);
        }
        return normalized;
    }

    /** Encoded for a query, with {@code +} escaped too: servlets read a bare {@code +} as a space. */
    private static String encode(String text) {
        return UriUtils.encodeQueryParam(text, StandardCharsets.UTF_8).replace("+", "%2B");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
