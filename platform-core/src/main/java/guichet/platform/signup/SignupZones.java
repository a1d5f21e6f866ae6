package guichet.platform.signup;

import java.time.ZoneId;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The time zones a signing-up organisation chooses from, each with the currency its tenant keeps its prices in: the
 * French-speaking markets Guichet serves.
 */
public final class SignupZones {

    static final String DEFAULT = "Africa/Tunis";

    /** Zone id to currency code, in the order the form lists them. */
    public static final Map<String, String> CURRENCIES = zones();

    private SignupZones() {}

    private static Map<String, String> zones() {
        Map<String, String> zones = new LinkedHashMap<>();
        zones.put("Africa/Tunis", "TND");
        zones.put("Africa/Algiers", "DZD");
        zones.put("Africa/Casablanca", "MAD");
        zones.put("Africa/Dakar", "XOF");
        zones.put("Africa/Abidjan", "XOF");
        zones.put("Africa/Porto-Novo", "XOF");
        zones.put("Africa/Douala", "XAF");
        zones.put("Africa/Kinshasa", "CDF");
        zones.put("Europe/Paris", "EUR");
        zones.put("Europe/Brussels", "EUR");
        zones.put("Europe/Zurich", "CHF");
        zones.put("America/Toronto", "CAD");
        return Collections.unmodifiableMap(zones);
    }

    static Optional<ZoneId> zone(String id) {
        return CURRENCIES.containsKey(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
    }

    static Currency currency(String zone) {
        return Currency.getInstance(CURRENCIES.getOrDefault(zone, "EUR"));
    }
}
