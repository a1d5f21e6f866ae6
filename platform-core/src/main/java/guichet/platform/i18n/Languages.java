package guichet.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The languages Guichet speaks, French first. */
public final class Languages {

    /** French, English and Arabic, in the order the language switcher shows them. */
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar"));

    /** The cookie that remembers a visitor's choice. */
    public static final String COOKIE = "guichet-lang";

    private Languages() {}

    /** The supported language matching a tag, if any ({@code fr-BE} matches French). */
    public static Optional<Locale> supported(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** Whether a language is written right to left. */
    public static boolean isRightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    /** The visitor's remembered choice, if any. */
    public static Optional<Locale> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return supported(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The language for a page that belongs to no tenant: the visitor's choice, else the best of the browser's
     * languages we speak, else French.
     */
    public static Locale forAnonymousPage(HttpServletRequest request) {
        return chosen(request).orElseGet(() -> accepted(request.getHeader("Accept-Language")));
    }

    /**
     * The best of the languages an {@code Accept-Language} header lists that we speak, else French: the language of
     * the API's answers.
     */
    public static Locale accepted(@Nullable String acceptLanguage) {
        if (acceptLanguage != null) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException malformed) {
                // A malformed header is ignored, like a missing one.
            }
        }
        return Locale.FRENCH;
    }
}
