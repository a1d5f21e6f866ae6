package guichet.stats.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.figures.Fact;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.stats.SampleFigures;
import guichet.stats.rollup.Rollups;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The headline figures and the dashboard's charts count what the viewer may see (seed 003): a sales representative
 * his own customers, prospects and their tickets and facts, on the statistics page, in its exports and through the
 * API; an administrator the whole tenant. Customers, staff without the permission, anonymous visitors and another
 * tenant's users see nothing.
 */
@GuichetTest
@Import(SampleFigures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsAccessWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    Customers customers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Rollups rollups;

    private TenantProfile tenant;
    private TenantProfile other;
    private User alice;
    private User admin;
    private User agent;
    private User client;

    @BeforeAll
    void setUp() {
        tenant = tenants.create("sta", "stats");
        alice = accounts.staff(tenant, "alice", Role.SALES_REP);
        User bruno = accounts.staff(tenant, "bruno", Role.SALES_REP);
        admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        Customer anne = customer(Customer.Stage.CUSTOMER, "Anne", alice);
        customer(Customer.Stage.PROSPECT, "Amel", alice);
        Customer basile = customer(Customer.Stage.CUSTOMER, "Basile", bruno);
        customer(Customer.Stage.CUSTOMER, "Bassem", bruno);
        customer(Customer.Stage.PROSPECT, "Bochra", bruno);
        customer(Customer.Stage.PROSPECT, "Nadia", null);
        ticket(anne, false);
        ticket(basile, false);
        ticket(basile, true);
        ticket(null, false);
        agent = accounts.staff(tenant, "agent", Role.AGENT);
        client = accounts.customer(tenant, "client");
        Instant now = Instant.now();
        SampleFigures.hold(
                tenant.slug(),
                List.of(
                        fact(anne, "red", now),
                        fact(anne, "blue", now),
                        fact(basile, "red", now),
                        fact(basile, "red", now),
                        fact(null, "green", now)));
        TenantContext.call(tenant.id(), () -> rollups.rebuild());
        other = tenants.create("stb", "stats");
    }

    @Test
    void aSalesRepresentativesChartsCountOnlyHisOwnCustomersFacts() {
        String token = accounts.accessToken(tenant, alice.email(), TestAccounts.PASSWORD);
        TenantHttp.Page figure = http.tenant(tenant)
                .getWithToken("/api/stats/figures/" + SampleFigures.SAMPLES + "?dimension=colour&period=day", token);
        assertThat(figure.status()).isEqualTo(200);
        assertThat(figure.body())
                .contains("\"member\":\"red\"", "\"member\":\"blue\"")
                .doesNotContain("green");
        assertThat(chartTotal(alice, "stats-samples-colour")).isEqualTo("2");
        assertThat(chartTotal(admin, "stats-samples-colour")).isEqualTo("5");

        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(alice.email(), TestAccounts.PASSWORD);
        TenantHttp.Page export =
                browser.get("/stats/export.csv?measure=" + SampleFigures.SAMPLES + "&dimension=colour");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("«red»").doesNotContain("«green»");
        java.net.http.HttpResponse<byte[]> workbook = browser.download(java.net.http.HttpRequest.newBuilder(
                        browser.uri("/stats/export.xlsx?measure=" + SampleFigures.SAMPLES + "&dimension=colour"))
                .GET());
        assertThat(workbook.statusCode()).isEqualTo(200);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook read =
                new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(workbook.body()))) {
            List<String> rows = read.getFirstSheet().read().stream()
                    .skip(1)
                    .map(row -> row.getCellText(0) + " "
                            + row.getCellAsNumber(row.getCellCount() - 1)
                                    .map(number -> number.stripTrailingZeros().toPlainString())
                                    .orElse(""))
                    .toList();
            assertThat(rows).contains("«red» 1", "«blue» 1", "Total 2").noneMatch(row -> row.contains("green"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TenantHttp.Page all = browser.get("/stats/export.csv");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body())
                .contains("Statistiques et tableaux de bord par Statistiques", "«red»")
                .doesNotContain("«green»");
    }

    @Test
    void aDashboardsRangeAndGroupingAreSavedAsANamedFilter() {
        TenantHttp.Client boss = http.tenant(tenant);
        boss.signIn(admin.email(), TestAccounts.PASSWORD);
        TenantHttp.Page dashboard = boss.get("/stats?from=2026-01-01&to=2026-03-31&period=month");
        Map<String, String> fields = new java.util.HashMap<>(dashboard.inputs("form.g-save-filter"));
        fields.put("name", "Premier trimestre");
        TenantHttp.Page saved = boss.submit(dashboard, "form.g-save-filter", fields);
        assertThat(saved.uri().getPath()).isEqualTo("/stats");
        assertThat(saved.html().select("a:contains(Premier trimestre)").attr("href"))
                .contains("from=2026-01-01", "to=2026-03-31", "period=month");
    }

    @Test
    void decisionSupportCountsTheViewersCustomersOnly() {
        String admins = http.tenant(tenant)
                .getWithToken(
                        "/api/stats/decisions", accounts.accessToken(tenant, admin.email(), TestAccounts.PASSWORD))
                .body();
        assertThat(admins)
                .contains("{\"measure\":\"Statistiques et tableaux de bord\",\"dimension\":\"Statistiques\","
                        + "\"name\":\"«red»\",\"recent\":3,\"before\":0");
        String alices = http.tenant(tenant)
                .getWithToken(
                        "/api/stats/decisions", accounts.accessToken(tenant, alice.email(), TestAccounts.PASSWORD))
                .body();
        assertThat(alices).contains("\"name\":\"«red»\",\"recent\":1,").doesNotContain("«green»");

        TenantHttp.Client rep = http.tenant(tenant);
        rep.signIn(alice.email(), TestAccounts.PASSWORD);
        Document page = rep.get("/stats/decisions").html();
        assertThat(page.select("#causes tbody tr").eachText()).hasSize(2).allMatch(row -> !row.contains("green"));
    }

    @Test
    void customersStaffWithoutThePermissionAnonymousVisitorsAndOtherTenantsSeeNoFigure() {
        for (User denied : List.of(client, agent)) {
            TenantHttp.Client browser = http.tenant(tenant);
            browser.signIn(denied.email(), TestAccounts.PASSWORD);
            assertThat(browser.get("/stats").status()).as(denied.email()).isEqualTo(403);
            assertThat(browser.get("/stats/export.csv?measure=" + SampleFigures.SAMPLES)
                            .status())
                    .isEqualTo(403);
            String token = accounts.accessToken(tenant, denied.email(), TestAccounts.PASSWORD);
            assertThat(http.tenant(tenant)
                            .getWithToken("/api/stats/figures", token)
                            .status())
                    .isEqualTo(403);
        }
        TenantHttp.Page anonymous = http.tenant(tenant).get("/stats");
        assertThat(anonymous.isRedirect() || anonymous.status() == 401).isTrue();
        assertThat(http.tenant(tenant)
                        .get("/api/stats/figures", "application/json")
                        .status())
                .isEqualTo(401);
        String token = accounts.accessToken(tenant, admin.email(), TestAccounts.PASSWORD);
        assertThat(http.tenant(other).getWithToken("/api/stats/figures", token).status())
                .isEqualTo(401);
    }

    @Test
    void onlyAnAdministratorRebuildsAndAWrongRangeIsExplained() {
        TenantHttp.Client rep = http.tenant(tenant);
        rep.signIn(alice.email(), TestAccounts.PASSWORD);
        assertThat(rep.get("/stats").html().select("form[action$=/stats/rebuild]"))
                .isEmpty();
        assertThat(rep.postForm("/stats/rebuild", Map.of("_csrf", rep.csrfToken("/stats")))
                        .status())
                .isEqualTo(403);

        TenantHttp.Client boss = http.tenant(tenant);
        boss.signIn(admin.email(), TestAccounts.PASSWORD);
        TenantHttp.Page rebuilt =
                boss.follow(boss.postForm("/stats/rebuild", Map.of("_csrf", boss.csrfToken("/stats"))));
        assertThat(rebuilt.html().select("[role=status]").text()).contains("5 faits recomptés");

        Document wrong = boss.get("/stats?from=2026-13-01&to=2026-01-01&period=fortnight")
                .html();
        assertThat(wrong.select("#range-errors li").eachText())
                .containsExactly(
                        "la date de début n'est pas une date (AAAA-MM-JJ).",
                        "choisissez un regroupement de la liste (jour, semaine, mois, année).");
        assertThat(wrong.select("#from").attr("value")).isEqualTo("2026-13-01");
        String token = accounts.accessToken(tenant, admin.email(), TestAccounts.PASSWORD);
        TenantHttp.Page refused =
                http.tenant(tenant).getWithToken("/api/stats/figures?from=2026-02-01&to=2026-01-01", token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("stats.error.range.order");
    }

    /** The total of a chart's table, as the page shows it to this user. */
    private String chartTotal(User user, String chart) {
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(user.email(), TestAccounts.PASSWORD);
        Document page = browser.get("/stats").html();
        return page.select("#" + chart + " tfoot td").last().text();
    }

    private static Fact fact(Customer customer, String colour, Instant at) {
        return new Fact(
                SampleFigures.SAMPLES,
                at,
                customer == null ? null : customer.id().value(),
                Map.of("colour", colour),
                1);
    }

    @Test
    void aSalesRepresentativeCountsOnlyHisOwnCustomersAndTheirTickets() {
        assertThat(api(alice)).contains("\"customers\":1", "\"prospects\":1", "\"openTickets\":1", "\"tickets\":1");
        assertThat(figures(alice)).containsExactly("1", "1", "1", "1");
    }

    @Test
    void anAdministratorCountsTheWholeTenant() {
        // Three customers and the one whose portal account the access tests use.
        assertThat(api(admin)).contains("\"customers\":4", "\"prospects\":3", "\"openTickets\":3", "\"tickets\":4");
        assertThat(figures(admin)).containsExactly("4", "3", "3", "4");
    }

    private String api(User user) {
        TenantHttp.Page page = http.tenant(tenant)
                .getWithToken("/api/stats/summary", accounts.accessToken(tenant, user.email(), TestAccounts.PASSWORD));
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    /** The page's customers, prospects, open tickets and tickets, as shown. */
    private List<String> figures(User user) {
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(user.email(), TestAccounts.PASSWORD);
        Document page = browser.get("/stats").html();
        return page.select("dd").stream().limit(4).map(dd -> dd.text().strip()).toList();
    }

    private Customer customer(Customer.Stage stage, String name, User rep) {
        return TenantContext.call(
                tenant.id(),
                () -> transactions.execute(status -> {
                    Customer customer = Customer.person(customers.nextNumber(), stage, null, name, Instant.now());
                    if (rep != null) {
                        customer.assignSalesRep(rep.id(), Instant.now());
                    }
                    return customers.save(customer);
                }));
    }

    private void ticket(Customer customer, boolean closed) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into " + tenant.id().schemaName()
                        + ".core_ticket (id, number, title, status, priority, customer_id, created_at, updated_at,"
                        + " closed_at) values (?, ?, 'Panne', 'NEW', 'NORMAL', ?, ?, ?, ?)",
                UUID.randomUUID(),
                "T-" + UUID.randomUUID().toString().substring(0, 8),
                customer == null ? null : customer.id().value(),
                now,
                now,
                closed ? now : null);
    }
}
