package guichet.platform.archives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import guichet.platform.files.BlobStore;
import guichet.platform.files.StoredBlob;
import guichet.platform.identity.Role;
import guichet.platform.persistence.TenantMigrations;
import guichet.platform.realms.KeycloakAdmin;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.Mailbox;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A tenant out and back through the console, for real: PostgreSQL's COPY, Keycloak's realms, the file store, and the
 * pages the owner uses.
 */
@GuichetTest
class TenantArchivesWebTest {

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
    BlobStore blobs;

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
    void anExportRestoredIntoAFreshTenantHasTheSameCustomersTicketsFilesAndUsersAndDeletionLeavesNothing() {
        TenantProfile source = tenants.create("arch");
        accounts.staff(source, "agent", Role.AGENT);
        accounts.customer(source, "amira");
        UUID customer = jdbc().queryForObject(
                        "select id from " + source.id().schemaName() + ".core_customer limit 1", UUID.class);
        jdbc().update(
                        "insert into " + source.id().schemaName() + ".core_ticket"
                                + " (id, number, title, status, priority, customer_id, created_at, updated_at)"
                                + " values (?, 'T-000042', 'Écran noir après la mise à jour', 'new', 'high', ?, now(), now())",
                        UUID.randomUUID(),
                        customer);
        byte[] content = "Relevé de la ligne 71 000 000\n".getBytes(StandardCharsets.UTF_8);
        StoredBlob file =
                TenantContext.call(source.id(), () -> blobs.store(new ByteArrayInputStream(content), "releve.txt"));

        TenantHttp.Client owner = owner();
        String archives = "/tenants/" + source.slug() + "/archives";
        assertThat(owner.get("/tenants/" + source.slug())
                        .html()
                        .select("#tenant-archives")
                        .attr("href"))
                .endsWith(archives);
        assertThat(owner.get(archives).html().select("#delete-needs-export").text())
                .startsWith("Exportez d'abord l'organisation");
        TenantHttp.Page started =
                owner.postForm("/tenants/" + source.slug() + "/exports", Map.of("_csrf", owner.csrfToken(archives)));
        assertThat(started.status()).isEqualTo(302);
        Document done = awaitStatus(owner, archives, "#archive-jobs li[data-kind=EXPORT]");
        String download = done.select("#archive-jobs a.download").attr("href");
        HttpResponse<byte[]> archive = owner.download(HttpRequest.newBuilder(owner.uri(download)));
        assertThat(archive.statusCode()).isEqualTo(200);
        assertThat(archive.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, byte[]> entries = Zips.unzip(archive.body());
        assertThat(entries).containsKeys("manifest.json", "schema/core_customer.copy", "realm/users.jsonl");
        assertThat(entries)
                .containsKey("files/" + file.key().value().toString().substring(0, 2) + "/"
                        + file.key().value());
        assertThat(new String(entries.get("manifest.json"), StandardCharsets.UTF_8))
                .contains("\"tenantSlug\" : \"" + source.slug() + "\"")
                .contains("\"core_ticket\" : 1")
                .contains("\"users\" : 2");

        String copySlug = TestTenants.uniqueSlug("copy");
        TenantHttp.Page restoring = owner.postMultipart(
                "/restore",
                Map.of("_csrf", owner.csrfToken("/restore"), "slug", copySlug),
                "archive",
                "archive.zip",
                archive.body());
        assertThat(restoring.status()).as(restoring.body()).isEqualTo(302);
        Document restored = awaitStatus(owner, "/restore", "#restore-jobs li[data-slug=" + copySlug + "]");
        assertThat(restored.select("#restore-jobs li[data-slug=" + copySlug + "] a")
                        .attr("href"))
                .endsWith("/tenants/" + copySlug);

        TenantProfile copy = catalog.find(new TenantId(copySlug)).orElseThrow();
        assertThat(copy.displayName()).isEqualTo(source.displayName());
        assertThat(rows(copy, "core_customer")).isEqualTo(rows(source, "core_customer"));
        assertThat(rows(copy, "core_ticket"))
                .isEqualTo(rows(source, "core_ticket"))
                .hasSize(1);
        byte[] restoredFile = TenantContext.call(copy.id(), () -> {
            try (var in = blobs.open(file.key())) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(restoredFile).isEqualTo(content);
        assertThat(realmUsers(copy)).isEqualTo(realmUsers(source)).hasSize(2);
        assertThat(keycloak.realm(copySlug).users().searchByEmail("agent@" + source.slug() + ".test", true))
                .singleElement()
                .satisfies(user -> assertThat(user.getRequiredActions()).contains("UPDATE_PASSWORD"));
        assertThat(Mailbox.waitFor("agent@" + source.slug() + ".test", "").link("/realms/" + copySlug + "/"))
                .contains("action-token");
        Set<String> copySubjects = keycloak.realm(copySlug).users().list().stream()
                .map(UserRepresentation::getId)
                .collect(Collectors.toSet());
        assertThat(jdbc().queryForList(
                                "select identity_subject from " + copy.id().schemaName() + ".core_user", String.class))
                .hasSize(2)
                .allSatisfy(subject -> assertThat(copySubjects).contains(subject));
        assertThat(http.tenant(copy).get("/").status()).isEqualTo(200);

        TenantHttp.Page wrong = owner.postForm(
                "/tenants/" + copySlug + "/delete",
                Map.of("_csrf", owner.csrfToken("/tenants/" + copySlug + "/archives"), "confirm", copySlug));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.html().select("#archive-error").text()).startsWith("Aucun export de cette organisation");

        TenantHttp.Page mistyped = owner.postForm(
                "/tenants/" + source.slug() + "/delete",
                Map.of("_csrf", owner.csrfToken(archives), "confirm", source.slug() + "x"));
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.html().select("#archive-error").text()).startsWith("L'identifiant tapé ne correspond pas");
        assertThat(catalog.find(source.id())).isPresent();

        jdbc().update(
                        "insert into platform.tenant_subscription (tenant_slug, stripe_customer_id, stripe_subscription_id,"
                                + " status, updated_at) values (?, ?, ?, 'active', now())",
                        source.slug(),
                        "cus_" + source.slug(),
                        "sub_" + source.slug());
        TenantHttp.Page charging = owner.postForm(
                "/tenants/" + source.slug() + "/delete",
                Map.of("_csrf", owner.csrfToken(archives), "confirm", source.slug()));
        assertThat(charging.status()).isEqualTo(400);
        assertThat(charging.html().select("#archive-error").text())
                .startsWith("L'abonnement Stripe de cette organisation est toujours en cours");
        jdbc().update(
                        "update platform.tenant_subscription set status = 'canceled', cancelled_at = now() where tenant_slug = ?",
                        source.slug());

        TenantHttp.Page deleted = owner.postForm(
                "/tenants/" + source.slug() + "/delete",
                Map.of("_csrf", owner.csrfToken(archives), "confirm", source.slug()));
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(catalog.find(source.id())).isEmpty();
        assertThat(jdbc().queryForObject(
                                "select count(*) from platform.tenant_subscription where tenant_slug = ?",
                                Integer.class,
                                source.slug()))
                .isZero();
        assertThat(http.tenant(source).get("/").status()).isEqualTo(404);
        assertThat(keycloak.findRealm(source.slug())).isEmpty();
        assertThat(jdbc().queryForObject(
                                "select count(*) from pg_namespace where nspname = ?",
                                Integer.class,
                                source.id().schemaName()))
                .isZero();
        assertThat(TenantContext.call(source.id(), () -> {
                    try (var in = blobs.open(file.key())) {
                        return true;
                    } catch (guichet.platform.files.BlobNotFound | IOException gone) {
                        return false;
                    }
                }))
                .isFalse();
        assertThat(jdbc().queryForObject(
                                "select count(*) from platform.tenant_archive where tenant_slug = ? and kind = 'DELETE'",
                                Integer.class,
                                source.slug()))
                .isOne();
    }

    /** Reloads the page while its job runs, as the page's {@code Refresh} header has a browser do. */
    private static Document awaitStatus(TenantHttp.Client owner, String path, String job) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    TenantHttp.Page page = owner.get(path);
                    boolean running =
                            page.html().select(job).attr("data-status").equals("RUNNING");
                    if (running) {
                        // Without a script, the page reloads itself while the work runs.
                        assertThat(page.header("Refresh")).isEqualTo("3");
                    }
                    return !running;
                });
        Document page = owner.get(path).html();
        assertThat(page.select(job).attr("data-status"))
                .as(page.select(job).text())
                .isEqualTo("DONE");
        return page;
    }

    private List<Map<String, Object>> rows(TenantProfile tenant, String table) {
        return jdbc().queryForList("select * from " + tenant.id().schemaName() + "." + table + " order by id").stream()
                .map(row -> {
                    Map<String, Object> shown = new TreeMap<>();
                    row.forEach((column, value) -> shown.put(column, String.valueOf(value)));
                    return (Map<String, Object>) shown;
                })
                .toList();
    }

    /** Each user's e-mail, with his Guichet roles. */
    private Map<String, Set<String>> realmUsers(TenantProfile tenant) {
        var realm = keycloak.realm(tenant.slug());
        return realm.users().list().stream()
                .collect(Collectors.toMap(
                        UserRepresentation::getEmail,
                        user -> realm.users().get(user.getId()).roles().realmLevel().listAll().stream()
                                .map(RoleRepresentation::getName)
                                .filter(name -> Role.fromId(name).isPresent())
                                .collect(Collectors.toSet())));
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }
}
