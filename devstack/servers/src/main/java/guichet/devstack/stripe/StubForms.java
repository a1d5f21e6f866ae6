package guichet.devstack.stripe;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a request as Stripe's SDK encodes them: form fields with bracketed keys ({@code items[0][price]},
 * {@code metadata[module]}, {@code lookup_keys[0]}).
 */
final class StubForms {

    private final Map<String, String> fields;

    private StubForms(Map<String, String> fields) {
        this.fields = fields;
    }

    static StubForms parse(@Nullable String query, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : List.of(query == null ? "" : query, body)) {
            for (String pair : part.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                fields.put(key, equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return new StubForms(fields);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Nullable
    String get(String key) {
        return fields.get(key);
    }

    String require(String key) {
        String value = fields.get(key);
        if (value == null || value.isEmpty()) {
            throw new StubRefusal(400, "parameter_missing", "Missing required param: " + key + ".");
        }
        return value;
    }

    /** The values of {@code name[0]}, {@code name[1]}, … in order. */
    List<String> list(String name) {
        TreeMap<Integer, String> values = new TreeMap<>();
        fields.forEach((key, value) -> {
            if (key.startsWith(name + "[") && key.endsWith("]") && key.indexOf('[', name.length() + 1) < 0) {
                values.put(index(key.substring(name.length() + 1, key.length() - 1)), value);
            }
        });
        return new ArrayList<>(values.values());
    }

    /** The objects {@code name[0][field]}, {@code name[1][field]}, … in order, each as its fields. */
    List<Map<String, String>> objects(String name) {
        TreeMap<Integer, Map<String, String>> objects = new TreeMap<>();
        fields.forEach((key, value) -> {
            if (key.startsWith(name + "[")) {
                int close = key.indexOf(']', name.length());
                if (close > 0 && key.length() > close + 2 && key.charAt(close + 1) == '[') {
                    int index = index(key.substring(name.length() + 1, close));
                    String field = key.substring(close + 2, key.length() - 1);
                    objects.computeIfAbsent(index, i -> new LinkedHashMap<>()).put(field, value);
                }
            }
        });
        return new ArrayList<>(objects.values());
    }

    /** The fields {@code name[key]} as a map (metadata). */
    Map<String, String> map(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (key.startsWith(name + "[") && key.endsWith("]") && key.indexOf('[', name.length() + 1) < 0) {
                map.put(key.substring(name.length() + 1, key.length() - 1), value);
            }
        });
        return map;
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new StubRefusal(400, "parameter_invalid_integer", "Invalid array index: " + text);
        }
    }
}
