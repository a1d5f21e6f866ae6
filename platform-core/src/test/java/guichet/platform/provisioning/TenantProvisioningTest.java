package guichet.platform.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.persistence.TenantMigrations;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantCatalog.NewTenant;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.SchemaValidation;
import guichet.platform.testing.TestTenants;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@GuichetTest
class TenantProvisioningTest {

    @Autowired
    TenantProvisioning provisioning;

    @Autowired
    TenantMigrations migrations;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    DataSource dataSource;

    @Test
    void aNewTenantHasItsOwnSchemaAtTheLatestMigrations() {
        TenantId id = new TenantId(TestTenants.uniqueSlug("prov"));
        TenantProfile created = provisioning.create(request(id, "base", List.of()));

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(schemaCount(id)).isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select table_name from information_schema.tables where table_schema = ?",
                        String.class,
                        id.schemaName()))
                .contains(
                        "core_customer",
                        "core_ticket",
                        "core_user",
                        "core_site",
                        "core_product",
                        "flyway_history_core");
        assertThat(migrations.pendingCount(id)).isZero();
        assertThat(created.migrationFingerprint()).isEqualTo(migrations.currentFingerprint());
        assertThat(catalog.find(id)).contains(created);
    }

    @Test
    void theEntitiesMatchWhatTheMigrationsBuilt() {
        TenantId id = new TenantId(TestTenants.uniqueSlug("map"));
        provisioning.create(request(id, "base", List.of()));
        assertThat(SchemaValidation.validate(dataSource, id.schemaName(), "guichet.platform"))
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void aSlugCanBeTakenOnlyOnce() {
        TenantId id = new TenantId(TestTenants.uniqueSlug("dup"));
        provisioning.create(request(id, "base", List.of()));
        assertThatThrownBy(() -> provisioning.create(request(id, "base", List.of())))
                .isInstanceOfSatisfying(
                        TenantRequestRejected.class,
                        rejected -> assertThat(rejected.problems())
                                .containsExactly(
                                        new TenantRequestRejected.Problem("slug", "console.error.slug.taken")));
    }

    @Test
    void anUnknownThemeOrModuleIsRefusedBeforeAnySchemaExists() {
        TenantId id = new TenantId(TestTenants.uniqueSlug("bad"));
        assertThatThrownBy(() -> provisioning.create(request(id, "no-such-theme", List.of("no-such-module"))))
                .isInstanceOfSatisfying(
                        TenantRequestRejected.class,
                        rejected -> assertThat(rejected.problems())
                                .extracting(TenantRequestRejected.Problem::field)
                                .containsExactlyInAnyOrder("theme", "modules"));
        assertThat(schemaCount(id)).isZero();
        assertThat(catalog.find(id)).isEmpty();
    }

    private Integer schemaCount(TenantId id) {
        return new JdbcTemplate(dataSource)
                .queryForObject(
                        "select count(*) from information_schema.schemata where schema_name = ?",
                        Integer.class,
                        id.schemaName());
    }

    private static NewTenant request(TenantId id, String theme, List<String> modules) {
        return new NewTenant(
                id,
                "Organisation " + id.slug(),
                Locale.FRENCH,
                ZoneId.of("Africa/Porto-Novo"),
                Currency.getInstance("XOF"),
                theme,
                modules,
                Map.of());
    }
}
