package guichet.customers.consumption;

import static guichet.customers.CustomerFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import guichet.customers.CustomerFixtures;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Consumption imported with the customer base (issue 17): a month's usage for a thousand customers, from a file with
 * bad rows (each listed, nothing kept) then a good one (all kept in one go), and again for the next month; the
 * customer list's bands, which a saved filter keeps, follow the latest month; the API takes the same rows, all or
 * nothing; only administrators import, within their own tenant.
 */
@GuichetTest
@Import(CustomerFixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsumptionImportWebTest {

    private static final int CUSTOMERS = 1_000;
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CustomerFixtures fixtures;

    @Autowired
    TenantHttp http;

    @Autowired
    EntityManager entities;

    private TenantProfile tenant;
    private TenantHttp.Client admin;
    private String token;

    @BeforeAll
    void aThousandCustomers() {
        tenant = tenants.create("conso", "customers");
        User administrator = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        admin = fixtures.signedIn(tenant, administrator);
        token = fixtures.token(tenant, administrator);
        // Even customers are twenty today, odd ones well over sixty.
        String twenty = java.time.LocalDate.now(tenant.zoneId()).minusYears(20).toString();
        StringBuilder base = new StringBuilder("[");
        for (int i = 1; i <= CUSTOMERS; i++) {
            base.append(i == 1 ? "" : ",")
                    .append("{\"externalRef\":\"L-%04d\",\"lastName\":\"Abonné %d\",\"birthDate\":\"%s\"}"
                            .formatted(i, i, i % 2 == 0 ? twenty : "1960-01-10"));
        }
        TenantHttp.Page created = admin.sendJsonWithToken(
                "POST", "/api/customers/sync", base.append("]").toString(), token);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
    }

    @Test
    void aMonthForAThousandCustomersIsImportedWholeOrNotAtAllAndTheBandsFollowTheLatestMonth() {
        YearMonth last = YearMonth.now(tenant.zoneId()).minusMonths(1);
        // Customer i is billed i % 300 last month: 450 of the thousand from 150 up.
        String[] lines = month(last, i -> i % 300).split("\n");
        lines[3] = "X-0404;" + last + ";10;1;1;1;unknown";
        lines[5] = "L-0005;13/2026;10;1;1;1;month";
        lines[7] = "L-0007;" + last + ";10;1;1;-3;negative";
        lines[9] = "L-0009;" + last + ";10;12,5;1;1;decimal";
        Document checked = checked(upload(String.join("\n", lines)));
        assertThat(checked.select(".g-row-problem td:first-child").eachText()).containsExactly("4", "6", "8", "10");
        assertThat(checked.select("#row-problems").text())
                .contains("Aucun client ne porte cette référence externe : des chiffres de consommation ne créent pas")
                .contains("Le mois s'écrit 2026-11 ou 11/2026.")
                .contains("Un chiffre de consommation est un nombre positif, avec au plus trois décimales")
                .contains("Le nombre de SMS est un nombre entier.");
        String failed = checked.baseUri();
        admin.postForm(failed + "/run", form(admin, failed));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> admin.get(failed)
                        .html()
                        .select(".g-import-status")
                        .text()
                        .startsWith("Échec"));
        assertThat(kept()).isZero();
        assertThat(total("billedFrom=0")).isZero();

        Document done = run(checked(upload(month(last, i -> i % 300))));
        assertThat(done.select("#import-result").text()).startsWith("Import terminé : 0 créé,");
        assertThat(kept()).isEqualTo(CUSTOMERS);
        long from150 = total("billedFrom=150");
        assertThat(from150).isEqualTo(expected(i -> i % 300 >= 150));
        assertThat(total("billedFrom=150&ageFrom=18&ageTo=25")).isEqualTo(expected(i -> i % 300 >= 150 && i % 2 == 0));

        // The same month again changes nothing; an older month never moves the bands.
        assertThat(run(checked(upload(month(last, i -> i % 300))))
                        .select("#import-result")
                        .text())
                .contains("0 modifié");
        run(checked(upload(month(last.minusMonths(1), i -> 999))));
        assertThat(total("billedFrom=150")).isEqualTo(from150);

        // This month, the big spenders spend little and the others much: the segment turns over.
        run(checked(upload(month(YearMonth.now(tenant.zoneId()), i -> i % 300 >= 150 ? 20 : 400))));
        assertThat(total("billedFrom=150")).isEqualTo(CUSTOMERS - from150);
        assertThat(total("billedFrom=0&billedTo=20")).isEqualTo(from150);
        assertThat(kept()).isEqualTo(3L * CUSTOMERS);
        assertThat(admin.get("/customers?billedFrom=abc")
                        .html()
                        .select("#billedFrom-error")
                        .text())
                .isEqualTo("Un nombre positif, avec au plus trois décimales.");
    }

    @Test
    void theApiTakesUsageAllOrNothingAndNeverCreatesACustomer() {
        // A Tunisian bill keeps its millimes (48,755 TND); a fourth decimal is refused, not rounded away.
        String month = YearMonth.now(tenant.zoneId()).minusMonths(2).toString();
        TenantHttp.Page refused =
                admin.sendJsonWithToken("POST", "/api/customers/consumption", """
                [{"externalRef": "L-0001", "month": "%1$s", "billed": 12.5, "dataMb": 2048},
                 {"externalRef": "NOBODY", "month": "%1$s", "billed": 3},
                 {"externalRef": "L-0002", "month": "%1$s", "billed": 1.2345}]""".formatted(month), token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("\"line\":2", "customers.sync.error.usage.unknown")
                .contains("\"line\":3", "customers.sync.error.figure");
        TenantHttp.Page accepted =
                admin.sendJsonWithToken("POST", "/api/customers/consumption", """
                [{"externalRef": "L-0001", "month": "%s", "billed": 48.755, "dataMb": 2048.125}]""".formatted(month), token);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"updated\":1");
        assertThat(fixtures.in(
                        tenant,
                        () -> ((Number) entities.createNativeQuery(
                                                "select count(*) from cus_monthly_usage where billed = 48.755 and data_mb = 2048.125")
                                        .getSingleResult())
                                .longValue()))
                .isEqualTo(1);
    }

    @Test
    void onlyTheTenantsAdministratorsImportUsage() {
        String body = "[{\"externalRef\": \"L-0002\", \"month\": \"2026-01\", \"billed\": 1}]";
        User rep = accounts.staff(tenant, "rep", Role.SALES_REP);
        assertThat(fixtures.signedIn(tenant, rep)
                        .sendJsonWithToken("POST", "/api/customers/consumption", body, fixtures.token(tenant, rep))
                        .status())
                .isEqualTo(403);
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        assertThat(fixtures.signedIn(tenant, agent)
                        .sendJsonWithToken("POST", "/api/customers/consumption", body, fixtures.token(tenant, agent))
                        .status())
                .isEqualTo(403);
        // A customer's own account, even the one whose line the usage is, never sends usage.
        User customer = accounts.customer(tenant, "abonne");
        assertThat(fixtures.signedIn(tenant, customer)
                        .sendJsonWithToken("POST", "/api/customers/consumption", body, fixtures.token(tenant, customer))
                        .status())
                .isEqualTo(403);
        assertThat(http.tenant(tenant)
                        .sendJsonWithToken("POST", "/api/customers/consumption", body, "not-a-token")
                        .status())
                .isEqualTo(401);
        TenantProfile other = tenants.create("consx", "customers");
        assertThat(http.tenant(other)
                        .sendJsonWithToken("POST", "/api/customers/consumption", body, token)
                        .status())
                .isEqualTo(401);
    }

    /** A month's usage file, the amount billed of customer i given. */
    private static String month(YearMonth month, java.util.function.IntUnaryOperator billed) {
        StringBuilder file = new StringBuilder("Code client;Mois;Minutes;SMS;Data Mo;Montant facturé;Note\n");
        for (int i = 1; i <= CUSTOMERS; i++) {
            file.append("L-%04d;%s;%d;%d;%d;%d;L%d\n"
                    .formatted(i, month, 100 + i % 50, 10 + i % 20, 1024 + i, billed.applyAsInt(i), i));
        }
        return file.toString();
    }

    private static long expected(java.util.function.IntPredicate which) {
        return java.util.stream.IntStream.rangeClosed(1, CUSTOMERS)
                .filter(which)
                .count();
    }

    private long kept() {
        return fixtures.in(
                tenant,
                () -> ((Number) entities.createNativeQuery("select count(*) from cus_monthly_usage")
                                .getSingleResult())
                        .longValue());
    }

    private long total(String bands) {
        TenantHttp.Page page = admin.getWithToken("/api/customers?size=1&" + bands, token);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Matcher total = TOTAL.matcher(page.body());
        assertThat(total.find()).as(page.body()).isTrue();
        return Long.parseLong(total.group(1));
    }

    private String upload(String content) {
        TenantHttp.Page page = admin.postMultipart(
                "/customers/imports",
                Map.of("_csrf", admin.csrfToken("/customers/imports")),
                "file",
                "consommation.csv",
                content.getBytes(StandardCharsets.UTF_8));
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        return page.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    private Document checked(String job) {
        Map<String, String> fields = new LinkedHashMap<>(form(admin, job));
        for (Element select : admin.get(job).html().select("#import-preview select")) {
            Element chosen = select.selectFirst("option[selected]");
            fields.put(select.attr("name"), chosen == null ? "" : chosen.val());
        }
        Document page = admin.postForm(job + "/check", fields).html();
        page.setBaseUri(job);
        return page;
    }

    private Document run(Document checked) {
        Element start = checked.selectFirst("#check-result form");
        assertThat(start).as(checked.select("#row-problems").text()).isNotNull();
        String job = start.attr("action").replace("/run", "");
        admin.postForm(start.attr("action"), form(admin, job));
        await().atMost(Duration.ofSeconds(120))
                .until(() -> !admin.get(job).html().select("#import-result").isEmpty());
        return admin.get(job).html();
    }
}
