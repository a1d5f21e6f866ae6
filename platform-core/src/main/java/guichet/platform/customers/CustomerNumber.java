package guichet.platform.customers;

import java.util.regex.Pattern;

/**
 * The number a customer gives at the counter. Unique within a tenant; letters are kept upper-case.
 *
 * @param value 1 to 30 letters, digits or hyphens
 */
public record CustomerNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Z0-9][A-Z0-9-]{0,29}$");

    public CustomerNumber {
        value = value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid customer number");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null
                && FORMAT.matcher(candidate.strip().toUpperCase(java.util.Locale.ROOT))
                        .matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
