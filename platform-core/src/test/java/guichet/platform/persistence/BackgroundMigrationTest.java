package guichet.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A tenant whose schema is behind the classpath's migrations is brought up to date in the background: it answers 503
 * meanwhile, while the other tenants keep serving.
 */
@GuichetTest
class BackgroundMigrationTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantMigrations migrations;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    TenantHttp http;

    @Autowired
    DataSource dataSource;

    @Autowired
    Gate gate;

    @Test
    void aTenantLeftBehindIsUpgradedInTheBackgroundWhileOthersServe() throws Exception {
        TenantProfile behind = tenants.create("old");
        TenantProfile current = tenants.create("new");
        leaveAtFirstProbeMigration(behind.id());

        gate.closeFor(behind.id());
        assertThat(migrations.migrateBehindInBackground()).containsExactly(behind.id());
        assertThat(gate.reached.await(30, TimeUnit.SECONDS))
                .as("a worker started on the tenant")
                .isTrue();

        TenantHttp.Page waiting = http.tenant(behind).get("/");
        assertThat(waiting.status()).isEqualTo(503);
        assertThat(waiting.header("Retry-After")).isEqualTo("10");
        assertThat(waiting.html().select("meta[http-equiv=refresh]")).isNotEmpty();
        assertThat(http.tenant(current).get("/").status()).isEqualTo(200);
        assertThat(migrations.state(catalog.find(behind.id()).orElseThrow())).isEqualTo(MigrationState.MIGRATING);

        gate.open();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> migrations.state(catalog.find(behind.id()).orElseThrow()) == MigrationState.READY);

        assertThat(http.tenant(behind).get("/").status()).isEqualTo(200);
        assertThat(migrations.pendingCount(behind.id())).isZero();
        assertThat(columnsOfProbeItem(behind.id())).contains("label");
        assertThat(catalog.find(behind.id()).orElseThrow().migrationFingerprint())
                .isEqualTo(migrations.currentFingerprint());
    }

    /** Undoes the probe module's second migration, as if the tenant had been created by an older release. */
    private void leaveAtFirstProbeMigration(TenantId tenant) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String schema = tenant.schemaName();
        jdbc.execute("alter table " + schema + ".probe_item drop column label");
        jdbc.update("delete from " + schema + ".flyway_history_probe where version = '2'");
        catalog.recordMigration(tenant, "fingerprint-of-an-older-release");
        assertThat(migrations.pendingCount(tenant)).isEqualTo(1);
    }

    private List<String> columnsOfProbeItem(TenantId tenant) {
        return new JdbcTemplate(dataSource)
                .queryForList(
                        "select column_name from information_schema.columns where table_schema = ? and table_name = 'probe_item'",
                        String.class,
                        tenant.schemaName());
    }

    @TestConfiguration
    static class ProbeModule {

        @Bean
        ModuleDescriptor probeModule() {
            return new ModuleDescriptor(
                    "probe", Map.of("fr", "Sonde", "en", "Probe", "ar", "مسبار"), List.of(), List.of(), "probe", 99);
        }

        @Bean
        Gate gate() {
            return new Gate();
        }
    }

    /** Holds a migration of one tenant at its start until the test opens it. */
    static class Gate implements Callback {
        final AtomicReference<String> schema = new AtomicReference<>();
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch opened = new CountDownLatch(1);

        void closeFor(TenantId tenant) {
            schema.set(tenant.schemaName());
        }

        void open() {
            opened.countDown();
        }

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_MIGRATE
                    && context.getConfiguration().getDefaultSchema().equals(schema.get());
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            reached.countDown();
            try {
                opened.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public String getCallbackName() {
            return "test-gate";
        }
    }
}
