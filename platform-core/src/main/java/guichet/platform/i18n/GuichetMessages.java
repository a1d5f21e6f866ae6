package guichet.platform.i18n;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.AbstractMessageSource;

/**
 * The application's message source: the current tenant's vocabulary first (its own word for « réclamation », say),
 * then the bundles of platform core and every module.
 */
class GuichetMessages extends AbstractMessageSource {

    private final TenantCatalog catalog;

    GuichetMessages(TenantCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
        return tenantTerm(code, locale).orElse(null);
    }

    @Override
    protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
        // A tenant types plain text: an apostrophe is a letter, never MessageFormat quoting.
        return tenantTerm(code, locale)
                .map(text -> new MessageFormat(text.replace("'", "''"), locale))
                .orElse(null);
    }

    private Optional<String> tenantTerm(String code, Locale locale) {
        return TenantContext.current()
                .flatMap(catalog::find)
                .flatMap((TenantProfile tenant) -> tenant.term(locale, code));
    }
}
