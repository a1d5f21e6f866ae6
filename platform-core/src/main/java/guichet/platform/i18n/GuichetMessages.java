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
 * The application's message source: the current tenant's vocabulary first (its own wording of a message), then the
 * bundles of platform core and every module. A bundle message written to agree with a noun or a count ({@link
 * AgreeingPatterns}) is formatted with the current tenant's nouns ({@link Nouns}): « Nouvelle réclamation » for one
 * tenant, « Nouveau ticket » for another, from the same message.
 */
class GuichetMessages extends AbstractMessageSource {

    private final TenantCatalog catalog;
    private final Nouns nouns;
    private final AgreeingPatterns agreeing = new AgreeingPatterns();

    GuichetMessages(TenantCatalog catalog, Nouns nouns) {
        this.catalog = catalog;
        this.nouns = nouns;
    }

    @Override
    protected @Nullable String getMessageInternal(
            @Nullable String code, Object @Nullable [] args, @Nullable Locale locale) {
        Locale language = locale != null ? locale : Locale.getDefault();
        if (code != null && tenantTerm(code, language).isEmpty()) {
            String pattern = nouns.bundles().pattern(code, language);
            if (pattern != null && AgreeingPatterns.isAgreeing(pattern)) {
                return agreeing.format(pattern, language, nouns.arguments(language), resolveArguments(args, language));
            }
        }
        return super.getMessageInternal(code, args, locale);
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
