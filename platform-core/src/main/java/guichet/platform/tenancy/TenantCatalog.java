package guichet.platform.tenancy;

import guichet.platform.signals.ChangeSignals;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's list of tenants. Reads come from an in-memory snapshot, so resolving a host costs no query; every
 * write reloads the snapshot and announces the change, so that every other instance reloads its own at once (a
 * periodic refresh remains, for a signal lost with its connection).
 */
@Service
public class TenantCatalog {

    /** The change signals' topic of the catalogue; the key is the slug of the tenant that changed. */
    public static final String CHANGES = "tenants";

    private final Tenants tenants;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ChangeSignals signals;
    /** How many reads of the table have started: a snapshot keeps the number of the read that made it. */
    private final AtomicLong reads = new AtomicLong();

    private final AtomicReference<@Nullable Snapshot> snapshot = new AtomicReference<>();

    TenantCatalog(Tenants tenants, TransactionTemplate transactions, Clock clock, ChangeSignals signals) {
        this.tenants = tenants;
        this.transactions = transactions;
        this.clock = clock;
        this.signals = signals;
        signals.listen(CHANGES, slug -> refresh());
    }

    /** A tenant by its slug. */
    public Optional<TenantProfile> find(TenantId id) {
        return Optional.ofNullable(snapshot().bySlug.get(id.slug()));
    }

    /** A tenant by the first label of a host under the platform's base domain. */
    public Optional<TenantProfile> findBySubdomain(String label) {
        return TenantId.isValid(label) ? Optional.ofNullable(snapshot().bySlug.get(label)) : Optional.empty();
    }

    /** A tenant by one of its custom domains. */
    public Optional<TenantProfile> findByCustomDomain(String host) {
        return Optional.ofNullable(snapshot().byCustomDomain.get(host));
    }

    /** Every tenant, by slug. */
    public List<TenantProfile> all() {
        return snapshot().bySlug.values().stream()
                .sorted(Comparator.comparing(TenantProfile::slug))
                .toList();
    }

    public boolean exists(TenantId id) {
        return find(id).isPresent() || TenantContext.callAsPlatform(() -> tenants.existsBySlug(id.slug()));
    }

    /**
     * Adds a tenant to the catalogue. Its schema must already be migrated: see the provisioning service, which is the
     * only caller.
     */
    public TenantProfile register(NewTenant request, String migrationFingerprint) {
        return write(() -> {
            Tenant tenant = new Tenant(
                    request.id(),
                    request.displayName(),
                    request.defaultLocale(),
                    request.zoneId(),
                    request.currency(),
                    request.rounding(),
                    request.theme(),
                    clock.instant());
            request.modules().forEach(module -> tenant.grant(module, ModuleOrigin.MANUAL, clock.instant()));
            request.vocabulary()
                    .forEach((language, terms) ->
                            terms.forEach((key, text) -> tenant.setTerm(language, key, text, clock.instant())));
            tenant.changeIdentity(request.identity(), clock.instant());
            tenant.migratedTo(migrationFingerprint);
            return tenants.save(tenant).toProfile();
        });
    }

    public TenantProfile suspend(TenantId id) {
        return update(id, t -> t.changeStatus(TenantStatus.SUSPENDED, clock.instant()));
    }

    public TenantProfile resume(TenantId id) {
        return update(id, t -> t.changeStatus(TenantStatus.ACTIVE, clock.instant()));
    }

    public TenantProfile rename(TenantId id, String displayName) {
        return update(id, t -> t.rename(displayName, clock.instant()));
    }

    public TenantProfile changeTheme(TenantId id, String theme) {
        return update(id, t -> t.retheme(theme, clock.instant()));
    }

    public TenantProfile grantModule(TenantId id, String moduleId, ModuleOrigin origin) {
        return update(id, t -> t.grant(moduleId, origin, clock.instant()));
    }

    /** Records a tenant's entitlement to a module as it now stands (from a subscription, say), replacing any other. */
    public TenantProfile entitle(TenantId id, Entitlement entitlement) {
        return update(id, t -> t.entitle(entitlement, clock.instant()));
    }

    /** Moves a tenant's entitlement to a module into another state; nothing happens if it has none. */
    public TenantProfile changeModuleState(TenantId id, String moduleId, ModuleState state) {
        return update(id, t -> t.changeState(moduleId, state, clock.instant()));
    }

    public TenantProfile revokeModule(TenantId id, String moduleId) {
        return update(id, t -> t.revoke(moduleId, clock.instant()));
    }

    /** Sets or, with a blank text, removes a tenant's own wording of a message in one language. */
    public TenantProfile setTerm(TenantId id, Locale language, String messageKey, @Nullable String text) {
        return update(id, t -> t.setTerm(language.getLanguage(), messageKey, text, clock.instant()));
    }

    /**
     * Sets or, where the text is null or blank, removes several of a tenant's own wordings in one language at once (the
     * forms of a noun, say).
     */
    public TenantProfile setTerms(TenantId id, Locale language, Map<String, @Nullable String> texts) {
        return update(
                id,
                t -> texts.forEach(
                        (messageKey, text) -> t.setTerm(language.getLanguage(), messageKey, text, clock.instant())));
    }

    public TenantProfile addCustomDomain(TenantId id, String host) {
        return update(id, t -> t.addCustomDomain(host, clock.instant()));
    }

    public TenantProfile removeCustomDomain(TenantId id, String host) {
        return update(id, t -> t.removeCustomDomain(host, clock.instant()));
    }

    /** Removes a tenant whose creation failed half-way; its schema is dropped by the caller. */
    public void remove(TenantId id) {
        TenantContext.runAsPlatform(() -> transactions.executeWithoutResult(
                status -> tenants.findBySlug(id.slug()).ifPresent(tenants::delete)));
        refresh();
        signals.announce(CHANGES, id.slug());
    }

    /** Changes how a tenant's people sign in; the caller brings its realm in line. */
    public TenantProfile changeIdentity(TenantId id, IdentitySettings settings) {
        return update(id, t -> t.changeIdentity(settings, clock.instant()));
    }

    /** Records that a tenant's schema was brought to the migrations with this fingerprint. */
    public TenantProfile recordMigration(TenantId id, String fingerprint) {
        return update(id, t -> t.migratedTo(fingerprint));
    }

    /**
     * Reloads the snapshot from the database; other instances' writes show up here. Reloads run at once (a write's, a
     * signal's, the schedule's), and one that started before a write committed may end after the write's own: the
     * snapshot kept is always that of the read that started last, so a read that could not see a tenant never replaces
     * one that did.
     */
    @Scheduled(fixedDelayString = "${guichet.tenancy.catalog-refresh:30s}")
    public void refresh() {
        long read = reads.incrementAndGet();
        List<TenantProfile> profiles = TenantContext.callAsPlatform(() -> transactions.execute(
                status -> tenants.findAll().stream().map(Tenant::toProfile).toList()));
        Snapshot fresh = new Snapshot(read, profiles);
        snapshot.accumulateAndGet(fresh, (held, offered) -> held == null || offered.read > held.read ? offered : held);
    }

    private TenantProfile update(TenantId id, Consumer<Tenant> change) {
        return write(() -> {
            Tenant tenant = tenants.findBySlug(id.slug()).orElseThrow(() -> new UnknownTenantException(id));
            change.accept(tenant);
            return tenants.save(tenant).toProfile();
        });
    }

    private TenantProfile write(java.util.function.Supplier<TenantProfile> work) {
        TenantProfile result = TenantContext.callAsPlatform(() -> transactions.execute(status -> work.get()));
        refresh();
        signals.announce(CHANGES, result.slug());
        return result;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot.get();
        if (current == null) {
            refresh();
            current = Objects.requireNonNull(snapshot.get());
        }
        return current;
    }

    /** A new tenant's catalogue entry. */
    public record NewTenant(
            TenantId id,
            String displayName,
            Locale defaultLocale,
            ZoneId zoneId,
            Currency currency,
            RoundingMode rounding,
            String theme,
            List<String> modules,
            Map<String, Map<String, String>> vocabulary,
            IdentitySettings identity) {

        /** A new tenant with the default rounding rule and identity settings. */
        public NewTenant(
                TenantId id,
                String displayName,
                Locale defaultLocale,
                ZoneId zoneId,
                Currency currency,
                String theme,
                List<String> modules,
                Map<String, Map<String, String>> vocabulary) {
            this(
                    id,
                    displayName,
                    defaultLocale,
                    zoneId,
                    currency,
                    theme,
                    modules,
                    vocabulary,
                    IdentitySettings.DEFAULT);
        }

        /** A new tenant with the default rounding rule. */
        public NewTenant(
                TenantId id,
                String displayName,
                Locale defaultLocale,
                ZoneId zoneId,
                Currency currency,
                String theme,
                List<String> modules,
                Map<String, Map<String, String>> vocabulary,
                IdentitySettings identity) {
            this(
                    id,
                    displayName,
                    defaultLocale,
                    zoneId,
                    currency,
                    TenantProfile.DEFAULT_ROUNDING,
                    theme,
                    modules,
                    vocabulary,
                    identity);
        }

        /** The same entry with other identity settings. */
        public NewTenant withIdentity(IdentitySettings settings) {
            return new NewTenant(
                    id, displayName, defaultLocale, zoneId, currency, rounding, theme, modules, vocabulary, settings);
        }

        /** The same entry with another rounding rule. */
        public NewTenant withRounding(RoundingMode rule) {
            return new NewTenant(
                    id, displayName, defaultLocale, zoneId, currency, rule, theme, modules, vocabulary, identity);
        }
    }

    /** Thrown when a command names a tenant the catalogue does not hold. */
    public static class UnknownTenantException extends IllegalArgumentException {
        public UnknownTenantException(TenantId id) {
            super("Unknown tenant: " + id);
        }
    }

    private static final class Snapshot {
        final long read;
        final Map<String, TenantProfile> bySlug = new HashMap<>();
        final Map<String, TenantProfile> byCustomDomain = new HashMap<>();

        Snapshot(long read, List<TenantProfile> profiles) {
            this.read = read;
            for (TenantProfile profile : profiles) {
                bySlug.put(profile.slug(), profile);
                profile.customDomains().forEach(host -> byCustomDomain.put(host, profile));
            }
        }
    }
}
