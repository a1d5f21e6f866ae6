package guichet.benchmarks;

import guichet.BenchmarkApplication;
import guichet.platform.persistence.TenantMigrations;
import guichet.platform.provisioning.TenantProvisioning;
import guichet.platform.realms.RealmUsers;
import guichet.platform.realms.TenantRealms;
import guichet.platform.search.SearchEngine;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantCatalog.NewTenant;
import guichet.platform.tenancy.TenantId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmarked tenant, {@code bench}: platform core booted on its own database, the tenant provisioned once, a
 * million customers and tickets generated once ({@link BenchData}), and its realm's load accounts opened once
 * ({@link BenchAccounts}); later runs reuse them.
 */
final class BenchTenant implements AutoCloseable {

    static final TenantId ID = new TenantId("bench");

    private final ConfigurableApplicationContext context;

    private BenchTenant(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Boots the application and makes sure the tenant and its data exist. */
    static BenchTenant start() {
        ConfigurableApplicationContext context = boot();
        TenantCatalog catalog = context.getBean(TenantCatalog.class);
        if (!catalog.exists(ID)) {
            context.getBean(TenantProvisioning.class)
                    .create(new NewTenant(
                            ID,
                            "Benchmark",
                            Locale.FRENCH,
                            ZoneId.of("Africa/Tunis"),
                            Currency.getInstance("TND"),
                            "base",
                            List.of(),
                            Map.of()));
        }
        awaitMigrations(context.getBean(TenantMigrations.class), ID);
        new BenchData(context.getBean(DataSource.class), ID).ensure();
        new BenchAccounts(
                        catalog,
                        context.getBean(TenantRealms.class),
                        context.getBean(RealmUsers.class),
                        context.getBean(DataSource.class))
                .ensure();
        return new BenchTenant(context);
    }

    /** The benchmarks' application on its own database, created on the first run. */
    static ConfigurableApplicationContext boot() {
        createDatabaseIfMissing(System.getProperty("guichet.bench.database", "guichet_bench"));
        return new SpringApplicationBuilder(BenchmarkApplication.class).run();
    }

    /**
     * A schema left behind by a newer migration is migrated in the background while the platform serves; measuring
     * then would measure the migration, and a fork ending would cut it short. So the benchmark waits for it.
     */
    static void awaitMigrations(TenantMigrations migrations, TenantId id) {
        int pending;
        while ((pending = migrations.pendingCount(id)) > 0) {
            LoggerFactory.getLogger(BenchTenant.class)
                    .info("Waiting for {} migration(s) of tenant {} before measuring", pending, id);
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the tenant was migrating", e);
            }
        }
    }

    SearchEngine search() {
        return context.getBean(SearchEngine.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    private static void createDatabaseIfMissing(String name) {
        if (!name.matches("[a-z_]{1,40}")) {
            throw new IllegalArgumentException("Unexpected database name " + name);
        }
        try (Connection admin =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                var exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                admin.createStatement().execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The benchmarks need PostgreSQL on 127.0.0.1:5432 (user postgres)", e);
        }
    }
}
