package guichet.platform.tenancy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/** A tenant's row in the platform catalogue. Read through {@link TenantProfile}; written by {@link TenantCatalog}. */
@Entity
@Table(schema = "platform", name = "tenant")
class Tenant {

    @Id
    private UUID id;

    private String slug;
    private String displayName;

    @Enumerated(EnumType.STRING)
    private TenantStatus status;

    private String schemaName;
    private String defaultLocale;
    private String timeZone;
    private String currency;

    @Enumerated(EnumType.STRING)
    private RoundingMode rounding = TenantProfile.DEFAULT_ROUNDING;

    private String theme;
    private @Nullable String migrationFingerprint;
    private @Nullable String identityIssuer;

    @Enumerated(EnumType.STRING)
    private SecondFactor secondFactor = SecondFactor.NONE;

    private boolean selfRegistration;
    private @Nullable String passwordPolicy;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(schema = "platform", name = "tenant_host", joinColumns = @JoinColumn(name = "tenant_id"))
    @Fetch(FetchMode.SUBSELECT)
    private Set<Host> hosts = new HashSet<>();

    @ElementCollection
    @CollectionTable(schema = "platform", name = "tenant_entitlement", joinColumns = @JoinColumn(name = "tenant_id"))
    @Fetch(FetchMode.SUBSELECT)
    private Set<GrantedModule> modules = new HashSet<>();

    @ElementCollection
    @CollectionTable(schema = "platform", name = "tenant_vocabulary", joinColumns = @JoinColumn(name = "tenant_id"))
    @Fetch(FetchMode.SUBSELECT)
    private Set<Term> vocabulary = new HashSet<>();

    protected Tenant() {}

    Tenant(
            TenantId id,
            String displayName,
            Locale locale,
            ZoneId zone,
            Currency currency,
            RoundingMode rounding,
            String theme,
            Instant now) {
        this.id = UUID.randomUUID();
        this.slug = id.slug();
        this.schemaName = id.schemaName();
        this.displayName = displayName;
        this.status = TenantStatus.ACTIVE;
        this.defaultLocale = locale.toLanguageTag();
        this.timeZone = zone.getId();
        this.currency = currency.getCurrencyCode();
        this.rounding = rounding;
        this.theme = theme;
        this.createdAt = now;
        this.updatedAt = now;
        this.hosts.add(new Host(id.slug(), HostKind.SUBDOMAIN));
    }

    TenantId tenantId() {
        return new TenantId(slug);
    }

    void rename(String newName, Instant now) {
        this.displayName = newName;
        this.updatedAt = now;
    }

    void changeStatus(TenantStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    void retheme(String newTheme, Instant now) {
        this.theme = newTheme;
        this.updatedAt = now;
    }

    void grant(String moduleId, ModuleOrigin origin, Instant now) {
        entitle(Entitlement.active(moduleId, origin, now), now);
    }

    void entitle(Entitlement entitlement, Instant now) {
        modules.removeIf(m -> m.moduleId.equals(entitlement.moduleId()));
        modules.add(new GrantedModule(entitlement));
        this.updatedAt = now;
    }

    void changeState(String moduleId, ModuleState state, Instant now) {
        modules.stream()
                .filter(m -> m.moduleId.equals(moduleId))
                .findFirst()
                .map(GrantedModule::toEntitlement)
                .ifPresent(current -> entitle(current.in(state, now), now));
    }

    void revoke(String moduleId, Instant now) {
        modules.removeIf(m -> m.moduleId.equals(moduleId));
        this.updatedAt = now;
    }

    void addCustomDomain(String host, Instant now) {
        hosts.add(new Host(host, HostKind.CUSTOM));
        this.updatedAt = now;
    }

    void removeCustomDomain(String host, Instant now) {
        hosts.removeIf(h -> h.kind == HostKind.CUSTOM && h.host.equals(host));
        this.updatedAt = now;
    }

    void setTerm(String languageTag, String key, @Nullable String text, Instant now) {
        vocabulary.removeIf(t -> t.locale.equals(languageTag) && t.messageKey.equals(key));
        if (text != null && !text.isBlank()) {
            vocabulary.add(new Term(languageTag, key, text.strip()));
        }
        this.updatedAt = now;
    }

    void changeIdentity(IdentitySettings settings, Instant now) {
        this.identityIssuer = settings.issuer();
        this.secondFactor = settings.secondFactor();
        this.selfRegistration = settings.selfRegistration();
        this.passwordPolicy = settings.passwordPolicy();
        this.updatedAt = now;
    }

    void migratedTo(String fingerprint) {
        this.migrationFingerprint = fingerprint;
    }

    TenantProfile toProfile() {
        Map<String, Map<String, String>> terms = new HashMap<>();
        for (Term term : vocabulary) {
            terms.computeIfAbsent(term.locale, k -> new HashMap<>()).put(term.messageKey, term.text);
        }
        return new TenantProfile(
                tenantId(),
                displayName,
                status,
                hosts.stream()
                        .filter(h -> h.kind == HostKind.CUSTOM)
                        .map(h -> h.host)
                        .collect(Collectors.toSet()),
                Locale.forLanguageTag(defaultLocale),
                ZoneId.of(timeZone),
                Currency.getInstance(currency),
                rounding,
                theme,
                modules.stream()
                        .map(GrantedModule::toEntitlement)
                        .collect(Collectors.toMap(Entitlement::moduleId, e -> e)),
                terms,
                migrationFingerprint,
                new IdentitySettings(identityIssuer, secondFactor, selfRegistration, passwordPolicy));
    }

    @Embeddable
    static class Host {
        @Column(name = "host")
        private String host;

        @Enumerated(EnumType.STRING)
        private HostKind kind;

        protected Host() {}

        Host(String host, HostKind kind) {
            this.host = host;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Host other && host.equals(other.host) && kind == other.kind;
        }

        @Override
        public int hashCode() {
            return host.hashCode();
        }
    }

    /** One row of {@code platform.tenant_entitlement}. */
    @Embeddable
    static class GrantedModule {
        private String moduleId;

        @Enumerated(EnumType.STRING)
        private ModuleOrigin origin;

        @Enumerated(EnumType.STRING)
        private ModuleState state;

        private Instant periodStart;
        private @Nullable Instant periodEnd;
        private Instant stateSince;

        protected GrantedModule() {}

        GrantedModule(Entitlement entitlement) {
            this.moduleId = entitlement.moduleId();
            this.origin = entitlement.origin();
            this.state = entitlement.state();
            this.periodStart = entitlement.periodStart();
            this.periodEnd = entitlement.periodEnd();
            this.stateSince = entitlement.stateSince();
        }

        Entitlement toEntitlement() {
            return new Entitlement(moduleId, origin, state, periodStart, periodEnd, stateSince);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GrantedModule other && moduleId.equals(other.moduleId);
        }

        @Override
        public int hashCode() {
            return moduleId.hashCode();
        }
    }

    @Embeddable
    static class Term {
        private String locale;
        private String messageKey;
        private String text;

        protected Term() {}

        Term(String locale, String messageKey, String text) {
            this.locale = locale;
            this.messageKey = messageKey;
            this.text = text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Term other && locale.equals(other.locale) && messageKey.equals(other.messageKey);
        }

        @Override
        public int hashCode() {
            return locale.hashCode() * 31 + messageKey.hashCode();
        }
    }
}
