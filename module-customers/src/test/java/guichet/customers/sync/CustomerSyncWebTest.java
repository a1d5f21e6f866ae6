package guichet.customers.sync;

import static guichet.customers.CustomerFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import guichet.customers.CustomerFixtures;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The customer base synchronised from files and from other systems (seed 003): mapped, checked, all or nothing,
 * idempotent, with progress.
 */
@GuichetTest
@Import(CustomerFixtures.class)
class CustomerSyncWebTest {

    private static final String BASE = """
            Code client;Nom;Prénom;Courriel;Téléphone;Commercial;Colonne inutile
            FM-001;Martin;Paul;paul.martin@exemple.fr;+33 6 11 22 33 44;%1$s;x
            FM-002;Durand;Léa;lea.durand@exemple.fr;;;y
            FM-003;Petit;Hugo;;01 23 45 67 89;%1$s;z
            """;

    @Autowired
    TestTenants tenants;

    @Autowired
    CustomerFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Customers customers;

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        TenantProfile tenant = tenants.create("syn", "customers");
        User rep = accounts.staff(tenant, "rep", Role.SALES_REP);
        TenantHttp.Client admin = fixtures.staff(tenant, "admin", Role.TENANT_ADMIN);
        byte[] file = BASE.formatted(rep.email()).getBytes(StandardCharsets.UTF_8);

        Document first = checked(admin, upload(admin, "filemaker.csv", file));
        assertThat(first.select("#check-result").text())
                .contains("Le fichier est correct : 3 clients à créer, 0 à modifier, 0 inchangé.");
        Document done = run(admin, first);
        assertThat(done.select("#import-result").text()).isEqualTo("Import terminé : 3 créés, 0 modifié, 0 inchangé.");
        Customer paul = byRef(tenant, "FM-001");
        assertThat(paul.displayName()).isEqualTo("Paul Martin");
        assertThat(paul.emails()).containsExactly("paul.martin@exemple.fr");
        assertThat(paul.salesRep()).contains(rep.id());

        Document again = checked(admin, upload(admin, "filemaker.csv", file));
        assertThat(again.select("#check-result").text()).contains("0 client à créer, 0 à modifier, 3 inchangés");
        assertThat(run(admin, again).select("#import-result").text())
                .isEqualTo("Import terminé : 0 créé, 0 modifié, 3 inchangés.");
        assertThat(byRef(tenant, "FM-001").updatedAt()).isEqualTo(paul.updatedAt());
        assertThat(fixtures.in(tenant, () -> customers.count())).isEqualTo(3);
    }

    @Test
    void aFileWithBadRowsImportsNothingAndListsEveryBadRow() {
        TenantProfile tenant = tenants.create("synx", "customers");
        TenantHttp.Client admin = fixtures.staff(tenant, "admin", Role.TENANT_ADMIN);
        byte[] file = """
                ref,nom,prenom,email,date de naissance
                A-1,Bon,Client,bon@exemple.fr,1980-05-01
                ,Sans,Référence,sans@exemple.fr,
                A-3,,Sans nom,nom@exemple.fr,
                A-4,Mauvais,Courriel,pas-un-courriel,31/02/1990
                """.getBytes(StandardCharsets.UTF_8);
        String job = upload(admin, "bad.csv", file);
        Document mapped = admin.get(job).html();
        Map<String, String> mapping = mapping(admin, job, mapped);
        mapping.put("column.0", "externalRef");
        Document page = admin.postForm(job + "/check", mapping).html();
        assertThat(page.select(".g-row-problem td:first-child").eachText()).containsExactly("3", "4", "5", "5");
        assertThat(page.select("#row-problems").text())
                .contains("La référence externe est obligatoire")
                .contains("Le nom est obligatoire pour une personne physique.")
                .contains("Une adresse électronique n'est pas valide.")
                .contains("Saisissez la date au format AAAA-MM-JJ.");
        assertThat(page.select("#run-import")).isEmpty();

        admin.postForm(job + "/run", form(admin, job));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        admin.get(job).html().select(".g-import-status").text().startsWith("Échec"));
        assertThat(fixtures.in(tenant, () -> customers.count())).isZero();
    }

    @Test
    void aFileNamesEachCustomersResellerByNumberOrByAReferenceOfTheSameFile() {
        TenantProfile tenant = tenants.create("synd", "customers");
        TenantHttp.Client admin = fixtures.staff(tenant, "admin", Role.TENANT_ADMIN);
        Customer wholesaler = fixtures.in(
                tenant,
                () -> customers.save(Customer.company(
                        customers.nextNumber(), Customer.Stage.CUSTOMER, "Grossiste Nord", java.time.Instant.now())));
        byte[] file = """
                Code client;Nom;Raison sociale;Type;Revendeur
                S-1;Amrani;;physique;R-1
                R-1;;Distribution Sud;morale;
                S-2;Kaci;;physique;%s
                """.formatted(wholesaler.number().value()).getBytes(StandardCharsets.UTF_8);

        Document first = checked(admin, upload(admin, "revendeurs.csv", file));
        assertThat(run(admin, first).select("#import-result").text())
                .isEqualTo("Import terminé : 3 créés, 0 modifié, 0 inchangé.");
        assertThat(byRef(tenant, "S-1").reseller())
                .contains(byRef(tenant, "R-1").id());
        assertThat(byRef(tenant, "S-2").reseller()).contains(wholesaler.id());
        assertThat(byRef(tenant, "R-1").reseller()).isEmpty();
        Document again = checked(admin, upload(admin, "revendeurs.csv", file));
        assertThat(run(admin, again).select("#import-result").text())
                .isEqualTo("Import terminé : 0 créé, 0 modifié, 3 inchangés.");

        byte[] bad = """
                Code client;Nom;Revendeur
                S-3;Inconnu;R-404
                S-4;Lui-même;S-4
                """.getBytes(StandardCharsets.UTF_8);
        Document page = checked(admin, upload(admin, "mauvais.csv", bad));
        assertThat(page.select(".g-row-problem td:first-child").eachText()).containsExactly("2", "3");
        assertThat(page.select("#row-problems").text())
                .contains("Aucun client ne porte ce numéro ou cette référence, ni dans la base ni dans le fichier.")
                .contains("Un client ne peut pas être son propre revendeur.");
        assertThat(fixtures.in(tenant, () -> customers.count())).isEqualTo(4);
    }

    @Test
    void anXlsxFileIsImportedLikeACsvFile() throws IOException {
        TenantProfile tenant = tenants.create("synxl", "customers");
        TenantHttp.Client admin = fixtures.staff(tenant, "admin", Role.TENANT_ADMIN);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(xlsx, "Guichet", "1.0");
        {
            Worksheet sheet = workbook.newWorksheet("Clients");
            List<List<Object>> rows = List.of(
                    List.of("Référence externe", "Raison sociale", "Type", "Courriel"),
                    List.of("Q-100", "Imprimerie Lemoine", "Personne morale", "contact@lemoine.fr"),
                    List.of(2001, "Garage Central", "entreprise", "garage@central.fr"));
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Integer number) {
                        sheet.value(r, c, number);
                    } else {
                        sheet.value(r, c, (String) value);
                    }
                }
            }
        }
        workbook.finish();
        Document done = run(admin, checked(admin, upload(admin, "quadra.xlsx", xlsx.toByteArray())));
        assertThat(done.select("#import-result").text()).startsWith("Import terminé : 2 créés");
        assertThat(byRef(tenant, "2001").displayName()).isEqualTo("Garage Central");
        assertThat(byRef(tenant, "Q-100").kind()).isEqualTo(Customer.Kind.LEGAL_PERSON);
    }

    @Test
    void anotherSystemPushesChangesThroughTheApiIdempotentlyAndAllOrNothing() {
        TenantProfile tenant = tenants.create("syna", "customers");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        String token = fixtures.token(tenant, admin);
        TenantHttp.Client api = fixtures.signedIn(tenant, admin);
        String body = """
                [{"externalRef": "CA-1", "firstName": "Nora", "lastName": "Benali", "emails": ["nora@exemple.fr"]},
                 {"externalRef": "CA-2", "kind": "LEGAL_PERSON", "companyName": "Boulangerie Benali", "stage": "PROSPECT"}]""";
        TenantHttp.Page first = api.sendJsonWithToken("POST", "/api/customers/sync", body, token);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"created\":2");
        TenantHttp.Page second = api.sendJsonWithToken("POST", "/api/customers/sync", body, token);
        assertThat(second.body()).contains("\"created\":0", "\"updated\":0", "\"unchanged\":2");
        assertThat(byRef(tenant, "CA-2").stage()).isEqualTo(Customer.Stage.PROSPECT);
        TenantHttp.Page linked = api.sendJsonWithToken("POST", "/api/customers/sync", """
                [{"externalRef": "CA-1", "firstName": "Nora", "lastName": "Benali", "emails": ["nora@exemple.fr"],
                  "resellerNumber": "CA-2"}]""", token);
        assertThat(linked.body()).contains("\"updated\":1");
        assertThat(byRef(tenant, "CA-1").reseller())
                .contains(byRef(tenant, "CA-2").id());

        TenantHttp.Page bad = api.sendJsonWithToken("POST", "/api/customers/sync", """
                [{"externalRef": "CA-3", "lastName": "Nouveau"},
                 {"externalRef": "CA-1", "lastName": "Benali", "emails": ["faux"]}]""", token);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"line\":2", "customers.error.email.format");
        assertThat(fixtures.in(tenant, () -> customers.count())).isEqualTo(2);
        assertThat(byRef(tenant, "CA-1").emails()).containsExactly("nora@exemple.fr");
    }

    @Test
    void onlyAdministratorsSynchroniseTheCustomerBase() {
        TenantProfile tenant = tenants.create("synr", "customers");
        User rep = accounts.staff(tenant, "rep", Role.SALES_REP);
        assertThat(fixtures.signedIn(tenant, rep).get("/customers/imports").status())
                .isEqualTo(403);
        assertThat(fixtures.signedIn(tenant, rep)
                        .sendJsonWithToken("POST", "/api/customers/sync", "[]", fixtures.token(tenant, rep))
                        .status())
                .isEqualTo(403);
    }

    private Customer byRef(TenantProfile tenant, String ref) {
        return fixtures.in(
                tenant,
                () -> CustomerFixtures.loaded(customers.findByExternalRef(ref).orElseThrow()));
    }

    /** Uploads a file and returns the path of its import page. */
    private static String upload(TenantHttp.Client admin, String name, byte[] content) {
        TenantHttp.Page page = admin.postMultipart(
                "/customers/imports", Map.of("_csrf", admin.csrfToken("/customers/imports")), "file", name, content);
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        return page.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    /** Checks the file with the mapping guessed from its headers. */
    private static Document checked(TenantHttp.Client admin, String job) {
        return admin.postForm(job + "/check", mapping(admin, job, admin.get(job).html()))
                .html();
    }

    private static Map<String, String> mapping(TenantHttp.Client admin, String job, Document page) {
        Map<String, String> fields = new LinkedHashMap<>(form(admin, job));
        for (Element select : page.select("#import-preview select")) {
            Element chosen = select.selectFirst("option[selected]");
            fields.put(select.attr("name"), chosen == null ? "" : chosen.val());
        }
        return fields;
    }

    /** Runs a checked import and waits for it to end. */
    private static Document run(TenantHttp.Client admin, Document checked) {
        String action = checked.selectFirst("#check-result form").attr("action");
        String job = action.replace("/run", "");
        admin.postForm(action, form(admin, job));
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        !admin.get(job).html().select(".g-import-status").text().startsWith("Import en cours"));
        return admin.get(job).html();
    }
}
