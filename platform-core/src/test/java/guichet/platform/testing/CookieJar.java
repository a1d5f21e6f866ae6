package guichet.platform.testing;

import java.net.CookieHandler;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain cookie jar for tests: each host keeps its own cookies, as browsers do for host-only cookies. The JDK's
 * {@link java.net.CookieManager} refuses cookies of dotless hosts such as {@code localhost}, where Keycloak runs.
 */
final class CookieJar extends CookieHandler {

    private record Cookie(String name, String value, String path) {}

    private final Map<String, Map<String, Cookie>> byHost = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        Map<String, Cookie> cookies = byHost.getOrDefault(uri.getHost().toLowerCase(Locale.ROOT), Map.of());
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        List<String> matching = new ArrayList<>();
        for (Cookie cookie : cookies.values()) {
            if (path.startsWith(cookie.path())) {
                matching.add(cookie.name() + "=" + cookie.value());
            }
        }
        return matching.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", matching)));
    }

    /** The value of a cookie this jar holds for a host, if any. */
    String value(String host, String name) {
        return byHost.getOrDefault(host.toLowerCase(Locale.ROOT), Map.of()).values().stream()
                .filter(cookie -> cookie.name().equals(name))
                .map(Cookie::value)
                .findFirst()
                .orElse(null);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((header, values) -> {
            if (header != null && header.equalsIgnoreCase("Set-Cookie")) {
                values.forEach(value -> store(uri, value));
            }
        });
    }

    private void store(URI uri, String header) {
        String[] parts = header.split(";");
        int equals = parts[0].indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = parts[0].substring(0, equals).strip();
        String value = parts[0].substring(equals + 1).strip();
        String path = "/";
        boolean expired = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip();
            String lower = attribute.toLowerCase(Locale.ROOT);
            if (lower.startsWith("path=")) {
                path = attribute.substring(5);
            } else if (lower.startsWith("max-age=")) {
                expired |= attribute.substring(8).strip().startsWith("0")
                        || attribute.substring(8).strip().startsWith("-");
            } else if (lower.startsWith("expires=") && lower.contains("1970")) {
                expired = true;
            }
        }
        Map<String, Cookie> cookies =
                byHost.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT), h -> new ConcurrentHashMap<>());
        String key = name + "|" + path;
        if (expired) {
            cookies.remove(key);
        } else {
            cookies.put(key, new Cookie(name, value, path));
        }
    }
}
