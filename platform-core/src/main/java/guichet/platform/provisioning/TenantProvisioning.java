package guichet.platform.provisioning;

import guichet.platform.i18n.Languages;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.money.MoneyRule;
import guichet.platform.persistence.TenantMigrations;
import guichet.platform.realms.TenantRealms;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantCatalog.NewTenant;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.theming.Themes;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Creates tenants: the schema, brought to the latest migrations, then the catalogue entry, then the tenant's Keycloak
 * realm, whose issuer the catalogue records. If anything fails, what was built is removed again, so that a retry starts
 * clean (an existing realm is simply brought in line).
 */
@Service
public class TenantProvisioning {

    private final TenantCatalog catalog;
    private final TenantMigrations migrations;
    private final ModuleRegistry modules;
    private final Themes themes;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TenantRealms realms;

    TenantProvisioning(
            TenantCatalog catalog,
            TenantMigrations migrations,
            ModuleRegistry modules,
            Themes themes,
            DataSource dataSource,
            ApplicationEventPublisher events,
            TenantRealms realms) {
        this.catalog = catalog;
        this.migrations = migrations;
        this.modules = modules;
        this.themes = themes;
        this.jdbc = new JdbcTemplate(dataSource);
        this.events = events;
        this.realms = realms;
    }

    /**
     * Creates a tenant with its schema at the latest migrations.
     *
     * @throws TenantRequestRejected if the request is invalid or the slug is taken
     */
    public TenantProfile create(NewTenant request) {
        return create(request, migrations::migrateNow);
    }

    /**
     * Creates a tenant whose schema stops at given migration levels, to receive an archive's data exported at those
     * levels; the caller then brings it to the latest ({@link TenantMigrations#migrateNow}) and records it. Until then
     * the tenant answers 503, as any tenant being migrated.
     *
     * @throws TenantRequestRejected if the request is invalid or the slug is taken
     */
    public TenantProfile createAtLevels(NewTenant request, java.util.Map<String, String> levels) {
        return create(request, id -> migrations.migrateNowTo(id, levels));
    }

    private TenantProfile create(NewTenant request, java.util.function.Function<TenantId, String> migrate) {
        check(request);
        TenantProfile created = whileHoldingSlug(request.id(), () -> {
            if (catalog.exists(request.id())) {
                throw new TenantRequestRejected(
                        List.of(new TenantRequestRejected.Problem("slug", "console.error.slug.taken")));
            }
            try {
                String fingerprint = migrate.apply(request.id());
                TenantProfile registered = catalog.register(
                        request.withIdentity(request.identity()
                                .withIssuer(realms.issuer(request.id().slug()))),
                        fingerprint);
                try {
                    realms.ensure(registered);
                    return registered;
                } catch (RuntimeException realmFailure) {
                    catalog.remove(registered.id());
                    throw realmFailure;
                }
            } catch (RuntimeException e) {
                migrations.discard(request.id());
                throw e;
            }
        });
        events.publishEvent(new TenantCreated(created.id(), created.displayName()));
        return created;
    }

    private void check(NewTenant request) {
        List<TenantRequestRejected.Problem> problems = new ArrayList<>();
        String name = request.displayName();
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            problems.add(new TenantRequestRejected.Problem("displayName", "console.error.name"));
        }
        if (themes.find(request.theme()).isEmpty()) {
            problems.add(new TenantRequestRejected.Problem("theme", "console.error.theme"));
        }
        if (Languages.supported(request.defaultLocale().toLanguageTag()).isEmpty()) {
            problems.add(new TenantRequestRejected.Problem("defaultLocale", "console.error.locale"));
        }
        if (!MoneyRule.accepts(request.currency())) {
            problems.add(new TenantRequestRejected.Problem("currency", "console.error.currency.minor"));
        }
        if (!MoneyRule.ROUNDINGS.contains(request.rounding())) {
            problems.add(new TenantRequestRejected.Problem("rounding", "console.error.rounding"));
        }
        for (String module : request.modules()) {
            if (modules.find(module).isEmpty()) {
                problems.add(new TenantRequestRejected.Problem("modules", "console.error.module"));
            }
        }
        if (!problems.isEmpty()) {
            throw new TenantRequestRejected(problems);
        }
    }

    /** Holds a database-wide lock on the slug, so that two instances never build the same schema at once. */
    private <T> T whileHoldingSlug(TenantId id, Supplier<T> work) {
        return jdbc.execute((ConnectionCallback<T>) connection -> {
            lock(connection, "select pg_advisory_lock(hashtext(?))", id);
            try {
                return work.get();
            } finally {
                lock(connection, "select pg_advisory_unlock(hashtext(?))", id);
            }
        });
    }

    private static void lock(java.sql.Connection connection, String sql, TenantId id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, "guichet-tenant:" + id.slug());
            statement.execute();
        }
    }
}
