package guichet.platform.sales;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A product's serial number (seed 004): exactly 15 digits and capital letters. What a seller types is stripped of
 * spaces and turned to upper case before it is checked.
 *
 * @param value 15 characters among {@code 0-9} and {@code A-Z}
 */
public record SerialNumber(String value) {

    public static final int LENGTH = 15;
    private static final Pattern FORMAT = Pattern.compile("^[0-9A-Z]{15}$");

    public SerialNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A serial number is 15 digits or capital letters");
        }
    }

    /** What was typed, cleaned (spaces and hyphens dropped, upper case), if it then is a valid serial number. */
    public static Optional<SerialNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String cleaned = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return FORMAT.matcher(cleaned).matches() ? Optional.of(new SerialNumber(cleaned)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
