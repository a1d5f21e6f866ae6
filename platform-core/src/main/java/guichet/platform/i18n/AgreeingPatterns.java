package guichet.platform.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Messages that agree with a noun or a count, written as ICU MessageFormat patterns: any message that names an argument
 * ({@code {ticket}}, {@code {ticketGender, select, feminine {…} other {…}}}) or selects on a plural ({@code {0, plural,
 * one {…} other {…}}}). Numbered arguments ({@code {0}}) keep their meaning; apostrophes are doubled as in every message
 * with arguments. Other messages never come here: the JDK's MessageFormat keeps formatting them.
 */
final class AgreeingPatterns {

    private static final Pattern AGREEING = Pattern.compile("\\{\\s*[A-Za-z_]|,\\s*(plural|select|selectordinal)\\s*,");

    private record Key(String pattern, Locale locale) {}

    /** Parsed once each; an ICU format is not safe for concurrent use, so each is used under its own lock. */
    private final Map<Key, MessageFormat> formats = new ConcurrentHashMap<>();

    /** Whether a message's pattern is one of these. */
    static boolean isAgreeing(String pattern) {
        return AGREEING.matcher(pattern).find();
    }

    /**
     * The message, with the nouns' arguments and the caller's numbered ones.
     *
     * @param nouns the named arguments of the nouns ({@link Noun#arguments})
     * @param numbered the caller's arguments, {@code {0}}, {@code {1}}…; may be null
     */
    String format(String pattern, Locale locale, Map<String, Object> nouns, Object @Nullable [] numbered) {
        Map<String, Object> arguments = new HashMap<>(nouns);
        if (numbered != null) {
            for (int i = 0; i < numbered.length; i++) {
                arguments.put(Integer.toString(i), numbered[i] == null ? "null" : numbered[i]);
            }
        }
        MessageFormat format = formats.computeIfAbsent(
                new Key(pattern, locale), key -> new MessageFormat(key.pattern(), ULocale.forLocale(key.locale())));
        synchronized (format) {
            return format.format(arguments);
        }
    }
}
