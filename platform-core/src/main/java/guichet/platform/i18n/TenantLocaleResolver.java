package guichet.platform.i18n;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A visitor's language: the one he picked (remembered in a host-only cookie), else his tenant's default language, else
 * French.
 */
class TenantLocaleResolver implements LocaleResolver {

    private static final String CHOSEN_ATTRIBUTE = TenantLocaleResolver.class.getName() + ".chosen";

    private final TenantCatalog catalog;

    TenantLocaleResolver(TenantCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN_ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        return Languages.chosen(request).orElseGet(this::tenantDefault);
    }

    private Locale tenantDefault() {
        return TenantContext.current()
                .flatMap(catalog::find)
                .map(TenantProfile::defaultLocale)
                .flatMap(locale -> Languages.supported(locale.toLanguageTag()))
                .orElse(Locale.FRENCH);
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        Locale supported = locale == null
                ? null
                : Languages.supported(locale.toLanguageTag()).orElse(null);
        if (supported == null || response == null) {
            return;
        }
        request.setAttribute(CHOSEN_ATTRIBUTE, supported);
        Cookie cookie = new Cookie(Languages.COOKIE, supported.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
