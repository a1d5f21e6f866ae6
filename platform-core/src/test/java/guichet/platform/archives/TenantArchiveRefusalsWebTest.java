package guichet.platform.archives;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.persistence.TenantMigrations;
import guichet.platform.realms.KeycloakAdmin;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the console's archive pages refuse, and to whom: a tampered, newer or unreadable archive is refused with a clear
 * message and leaves nothing behind; an archive made before an upgrade is restored, then upgraded; only the platform
 * owner reaches the pages.
 */
@GuichetTest
class TenantArchiveRefusalsWebTest {

    @Autowired
    TenantHttp http;

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantCatalog catalog;

    @Autowired
    KeycloakAdmin keycloak;

    @Autowired
    DataSource dataSource;

    @Autowired
    TenantArchives archivesService;

    @Autowired
    TenantMigrations migrations;

    private TenantHttp.Client owner() {
        TenantHttp.Client owner = http.console();
        owner.signIn(accounts.platformOwner(), TestAccounts.PASSWORD);
        return owner;
    }

    @Test
    void aTamperedOrNewerArchiveIsRefusedWithAClearMessageAndNothingIsCreated() throws IOException {
        TenantProfile source = tenants.create("tamper");
        accounts.customer(source, "karim");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archivesService.export(source, out);
        Map<String, byte[]> entries = Zips.unzip(out.toByteArray());

        Map<String, byte[]> altered = new LinkedHashMap<>(entries);
        altered.put(
                "schema/core_customer.copy",
                new String(entries.get("schema/core_customer.copy"), StandardCharsets.UTF_8)
                        .replace("karim", "kerim")
                        .getBytes(StandardCharsets.UTF_8));
        assertRefused(Zips.zip(altered), "L'archive a été modifiée ou est incomplète");

        Map<String, byte[]> newer = new LinkedHashMap<>(entries);
        newer.put(
                "manifest.json",
                new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
                        .replaceFirst("\"core\" : \"[0-9.]+\"", "\"core\" : \"999\"")
                        .getBytes(StandardCharsets.UTF_8));
        assertRefused(Zips.zip(newer), "Cette archive vient d'une version plus récente de Guichet");

        assertRefused("not a zip".getBytes(StandardCharsets.UTF_8), "Ce fichier n'est pas une archive zip lisible");
    }

    @Test
    void anArchiveMadeBeforeAnUpgradeIsRestoredAtItsLevelThenUpgradedByTheLaterMigrations() throws IOException {
        TenantProfile source = tenants.create("older");
        accounts.customer(source, "nadia");
        // As a self-registered account was before core's V10: a prospect, which V10 turns into a customer.
        jdbc().update("update " + source.id().schemaName()
                + ".core_customer set stage = 'PROSPECT', converted_at = null");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archivesService.export(source, out);
        Map<String, byte[]> entries = new LinkedHashMap<>(Zips.unzip(out.toByteArray()));
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        Matcher core = Pattern.compile("\"core\" : \"([0-9]+)\"").matcher(manifest);
        assertThat(core.find()).as("core's level in the manifest").isTrue();
        assertThat(Integer.parseInt(core.group(1)))
                .as("core's level, V10 applied")
                .isGreaterThanOrEqualTo(10);
        // Core's level 9 wrote the sites without the columns V12 added (the tenant has no site, so no row to cut) and
        // had no contact messages (V13); the manifest vouches for the list of tables as level 9 wrote it.
        assertThat(entries.get("schema/core_site.copy")).isEmpty();
        byte[] tables = asCoreLevelNineWroteIt(entries.get("schema/tables.json"));
        entries.put("schema/tables.json", tables);
        String olderManifest = core.replaceFirst("\"core\" : \"9\"")
                .replaceFirst(
                        "(\"tables\\.json\"\\s*:\\s*\\{\\s*\"sha256\"\\s*:\\s*\")[0-9a-fA-F]+(\",\\s*\"bytes\"\\s*:\\s*)[0-9]+",
                        "$1" + HexFormat.of().formatHex(sha256(tables)) + "$2" + tables.length);
        assertThat(olderManifest).contains(HexFormat.of().formatHex(sha256(tables)));
        entries.put("manifest.json", olderManifest.getBytes(StandardCharsets.UTF_8));
        Path archive = Files.createTempFile("older", ".zip");
        Files.write(archive, Zips.zip(entries));

        TenantProfile upgraded = archivesService.restore(archive, new TenantId(TestTenants.uniqueSlug("upgraded")));

        assertThat(stages(upgraded)).containsExactly("CUSTOMER");
        assertThat(stages(source)).containsExactly("PROSPECT");
        assertThat(migrations.pendingCount(upgraded.id())).isZero();
        assertThat(upgraded.migrationFingerprint()).isEqualTo(migrations.currentFingerprint());
        assertThat(http.tenant(upgraded).get("/").status()).isEqualTo(200);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The list of archived tables as core's level 9 wrote it: core_site without phone, manager, closing, version. */
    /**
     * The list of tables as core's level 9 wrote it: without the tables later levels created (V13's contact messages,
     * V14's customer gauges) nor the columns they added to the sites (V12). The archive still holds those tables' empty
     * copies; the restore reads only the tables the list names.
     */
    private static byte[] asCoreLevelNineWroteIt(byte[] tables) {
        JsonMapper json = JsonMapper.builder().build();
        List<Map<String, Object>> listed = json.readValue(tables, new TypeReference<List<Map<String, Object>>>() {});
        assertThat(listed)
                .extracting(table -> table.get("name"))
                .contains("core_site", "core_contact_message", "core_contact_reply", "core_customer_gauge");
        List<Map<String, Object>> older = new ArrayList<>();
        for (Map<String, Object> table : listed) {
            if (List.of("core_contact_message", "core_contact_reply", "core_customer_gauge")
                    .contains(table.get("name"))) {
                continue;
            }
            if ("core_site".equals(table.get("name"))) {
                @SuppressWarnings("unchecked")
                List<String> columns = new ArrayList<>((List<String>) table.get("columns"));
                List<String> added = List.of("phone", "manager_id", "closed_at", "version");
                assertThat(columns).containsAll(added);
                columns.removeAll(added);
                table = new LinkedHashMap<>(table);
                table.put("columns", columns);
            }
            older.add(table);
        }
        return json.writeValueAsBytes(older);
    }

    private List<String> stages(TenantProfile tenant) {
        return jdbc().queryForList("select stage from " + tenant.id().schemaName() + ".core_customer", String.class);
    }

    @Test
    void onlyThePlatformOwnerReachesTheArchivePages() {
        TenantProfile tenant = tenants.create("guard");
        TenantHttp.Page anonymous = http.console().get("/tenants/" + tenant.slug() + "/archives");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/login");
        assertThat(http.console().get("/restore").header("Location")).endsWith("/login");

        accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client onConsole = http.console();
        TenantHttp.Page refused = onConsole.signIn("admin@" + tenant.slug() + ".test", TestAccounts.PASSWORD);
        assertThat(refused.uri().toString()).contains("/realms/platform/");
        assertThat(onConsole.get("/restore").status()).isEqualTo(302);

        TenantHttp.Client onHisHost = http.tenant(tenant);
        onHisHost.signIn("admin@" + tenant.slug() + ".test", TestAccounts.PASSWORD);
        assertThat(onHisHost.get("/tenants/" + tenant.slug() + "/archives").status())
                .isEqualTo(404);
        assertThat(onHisHost.get("/restore").status()).isEqualTo(404);
        assertThat(catalog.find(tenant.id())).isPresent();
    }

    private void assertRefused(byte[] archive, String message) {
        TenantHttp.Client owner = owner();
        String slug = TestTenants.uniqueSlug("refused");
        TenantHttp.Page page = owner.postMultipart(
                "/restore",
                Map.of("_csrf", owner.csrfToken("/restore"), "slug", slug),
                "archive",
                "archive.zip",
                archive);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().select("#restore-error").text()).startsWith(message);
        assertThat(page.html().select("#slug").val()).isEqualTo(slug);
        assertThat(catalog.exists(new TenantId(slug))).isFalse();
        assertThat(keycloak.findRealm(slug)).isEmpty();
        assertThat(jdbc().queryForObject(
                                "select count(*) from pg_namespace where nspname = ?",
                                Integer.class,
                                new TenantId(slug).schemaName()))
                .isZero();
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }
}
