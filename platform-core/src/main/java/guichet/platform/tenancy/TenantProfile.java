package guichet.platform.tenancy;

import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of one tenant's catalogue entry, as portals and modules read it.
 *
 * @param id the tenant
 * @param displayName the organisation's name as shown on its portal
 * @param status whether the portals answer
 * @param customDomains host names of the tenant's own, besides its sub-domain
 * @param defaultLocale the language its pages use until a visitor picks another
 * @param zoneId the time zone its dates are shown in
 * @param currency the currency of its prices
 * @param rounding how its amounts are rounded to the currency's minor unit, one rule for all its modules
 * @param theme the name of its theme in {@code tenant-themes}
 * @param entitlements its entitlement to each module it has or had (cancelled ones included), by module id
 * @param vocabulary message overrides per language tag ({@code fr}, {@code en}, {@code ar}), then per message key
 * @param migrationFingerprint the fingerprint of the tenant migrations its schema was last brought to, if any
 * @param identity how its people sign in
 */
public record TenantProfile(
        TenantId id,
        String displayName,
        TenantStatus status,
        Set<String> customDomains,
        Locale defaultLocale,
        ZoneId zoneId,
        Currency currency,
        RoundingMode rounding,
        String theme,
        Map<String, Entitlement> entitlements,
        Map<String, Map<String, String>> vocabulary,
        @Nullable String migrationFingerprint,
        IdentitySettings identity) {

    /** The rounding rule of a tenant that has not chosen one: half a minor unit and more rounds away from zero. */
    public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_UP;

    public TenantProfile {
        customDomains = Set.copyOf(customDomains);
        entitlements = Map.copyOf(entitlements);
        vocabulary = vocabulary.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
    }

    public String slug() {
        return id.slug();
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    /** Whether the module answers and shows for this tenant: entitled, and not cancelled (read-only counts). */
    public boolean hasModule(String moduleId) {
        Entitlement entitlement = entitlements.get(moduleId);
        return entitlement != null && entitlement.isOpen();
    }

    /** Whether the tenant may read but not change the module's data. */
    public boolean isReadOnly(String moduleId) {
        Entitlement entitlement = entitlements.get(moduleId);
        return entitlement != null && entitlement.isReadOnly();
    }

    /** The ids of the modules that answer for this tenant. */
    public Set<String> modules() {
        return entitlements.values().stream()
                .filter(Entitlement::isOpen)
                .map(Entitlement::moduleId)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The tenant's entitlement to a module, whatever its state. */
    public Optional<Entitlement> entitlement(String moduleId) {
        return Optional.ofNullable(entitlements.get(moduleId));
    }

    /** The tenant's override of a message in a language, if it has one. */
    public Optional<String> term(Locale locale, String messageKey) {
        Map<String, String> terms = vocabulary.get(locale.getLanguage());
        return terms == null ? Optional.empty() : Optional.ofNullable(terms.get(messageKey));
    }
}
