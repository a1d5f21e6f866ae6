package guichet.claims.settings;

import java.util.Locale;
import java.util.regex.Pattern;

/** The codes of configured statuses, types and priorities: stable ids, apart from their translated labels. */
final class Codes {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private Codes() {}

    static String checked(String code) {
        String lower = code.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(lower).matches()) {
            throw new SettingRejected("claims.settings.error.code");
        }
        return lower;
    }
}
