package guichet.customers.sync;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One customer as another system sends him: the fields it carries (a field it does not carry keeps its value).
 *
 * @param line where the row is: its line in a file, or its position in an API request
 * @param values the values carried, blank ones included (a blank value clears the field)
 * @param columns the column each field came from, as the file names it (for error messages)
 */
public record SyncRow(int line, Map<SyncField, String> values, Map<SyncField, String> columns) {

    public SyncRow {
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
        columns = columns.isEmpty() ? Map.of() : new EnumMap<>(columns);
    }

    boolean has(SyncField field) {
        return values.containsKey(field);
    }

    /** The value, stripped, or null when the row does not carry the field or it is blank. */
    @Nullable
    String get(SyncField field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String raw(SyncField field) {
        return values.getOrDefault(field, "");
    }

    String column(SyncField field) {
        return columns.getOrDefault(field, field.id());
    }
}
