package guichet.platform.i18n;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The nouns messages agree with, as each tenant words them: its own forms where it set them (vocabulary keys
 * {@code noun.<name>.singular}, {@code .plural}, {@code .dual}, {@code .definite}, {@code .gender}), else the bundles'
 * defaults under the same keys. A tenant's noun in a language is whole: once it sets a singular, none of the default
 * forms shows through.
 */
public class Nouns {

    /**
     * The nouns tenants may word their own way: the ticket (« réclamation », « demande d'assistance »…) and the site
     * (« agence », « boutique »…). The first is the one the vocabulary page sets.
     */
    public static final List<String> NAMES = List.of("ticket", "site");

    private static final String SINGULAR = "singular";
    private static final String PLURAL = "plural";
    private static final String DUAL = "dual";
    private static final String DEFINITE = "definite";
    private static final String GENDER = "gender";

    private final TenantCatalog catalog;
    private final Bundles bundles;
    private final ApplicationEventPublisher events;

    Nouns(TenantCatalog catalog, Bundles bundles, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.bundles = bundles;
        this.events = events;
    }

    Bundles bundles() {
        return bundles;
    }

    /** A noun as the current tenant words it in a language (the default forms outside a tenant's scope). */
    public Noun current(String name, Locale language) {
        return TenantContext.current()
                .flatMap(catalog::find)
                .flatMap(tenant -> own(tenant, name, language))
                .orElseGet(() -> standard(name, language));
    }

    /** A noun's default forms in a language, as the bundles give them. */
    public Noun standard(String name, Locale language) {
        Noun.Gender gender = Noun.Gender.of(bundles.pattern(key(name, GENDER), language));
        return new Noun(
                required(name, SINGULAR, language),
                required(name, PLURAL, language),
                Noun.hasDualAndArticle(language) ? bundles.pattern(key(name, DUAL), language) : null,
                Noun.hasDualAndArticle(language) ? bundles.pattern(key(name, DEFINITE), language) : null,
                gender == null ? Noun.Gender.NEUTER : gender);
    }

    /** A tenant's own forms of a noun in a language, if it set them. */
    public Optional<Noun> own(TenantProfile tenant, String name, Locale language) {
        return tenant.term(language, key(name, SINGULAR)).map(singular -> {
            String plural = tenant.term(language, key(name, PLURAL)).orElse(singular);
            Noun.Gender gender =
                    Noun.Gender.of(tenant.term(language, key(name, GENDER)).orElse(null));
            return new Noun(
                    singular,
                    plural,
                    tenant.term(language, key(name, DUAL)).orElse(null),
                    tenant.term(language, key(name, DEFINITE)).orElse(null),
                    gender == null ? Noun.Gender.NEUTER : gender);
        });
    }

    /**
     * Sets a tenant's own forms of a noun in a language, or, with null, puts the default ones back; then publishes
     * {@link NounChanged}, so that what agrees with the noun outside the messages agrees again.
     *
     * @throws IllegalArgumentException if the noun is not one of {@link #NAMES} or its forms have a problem
     */
    public TenantProfile change(TenantId tenant, String name, Locale language, @Nullable Noun noun) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("No such noun: " + name);
        }
        if (noun != null && !noun.problems(language).isEmpty()) {
            throw new IllegalArgumentException("The forms of " + name + " have problems: " + noun.problems(language));
        }
        Map<String, @Nullable String> texts = new HashMap<>();
        texts.put(key(name, SINGULAR), noun == null ? null : noun.singular());
        texts.put(key(name, PLURAL), noun == null ? null : noun.plural());
        texts.put(key(name, DUAL), noun == null ? null : noun.dual());
        texts.put(key(name, DEFINITE), noun == null ? null : noun.definitePlural());
        texts.put(
                key(name, GENDER),
                noun == null || noun.gender() == Noun.Gender.NEUTER
                        ? null
                        : noun.gender().keyword());
        TenantProfile changed = catalog.setTerms(tenant, language, texts);
        events.publishEvent(new NounChanged(tenant, name, language));
        return changed;
    }

    /** The arguments every noun gives messages in a language, for the current tenant. */
    Map<String, Object> arguments(Locale language) {
        Map<String, Object> arguments = new HashMap<>();
        NAMES.forEach(name -> arguments.putAll(current(name, language).arguments(name, language)));
        return arguments;
    }

    private String required(String name, String form, Locale language) {
        String text = bundles.pattern(key(name, form), language);
        if (text == null) {
            throw new IllegalStateException("The bundles lack " + key(name, form));
        }
        return text;
    }

    private static String key(String name, String form) {
        return "noun." + name + "." + form;
    }
}
