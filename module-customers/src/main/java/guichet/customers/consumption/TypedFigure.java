package guichet.customers.consumption;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A figure of consumption as a person or a file writes it: a non-negative number of at most twelve digits before the
 * decimal mark (a comma or a point) and three after it, so an amount billed keeps the millime of a Tunisian bill
 * (« 48,750 ») as well as a cent; spaces, no-break spaces and narrow no-break spaces group thousands
 * (« 1 299,500 »). One rule for the imported months and the customer list's bands.
 */
public final class TypedFigure {

    /** The decimals a figure keeps: the finest minor unit of the tenants' currencies (TND's millime). */
    public static final int DECIMALS = 3;

    private static final Pattern NUMBER = Pattern.compile("^\\d{1,12}(?:[.,]\\d{1," + DECIMALS + "})?$");

    private TypedFigure() {}

    /** The figure typed, or null if it is not one. */
    public static @Nullable BigDecimal parse(String typed) {
        String plain = typed.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        return NUMBER.matcher(plain).matches() ? new BigDecimal(plain.replace(',', '.')) : null;
    }
}
