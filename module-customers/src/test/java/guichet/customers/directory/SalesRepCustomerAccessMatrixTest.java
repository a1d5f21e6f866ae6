package guichet.customers.directory;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.customers.CustomerFixtures;
import guichet.platform.customers.Customer;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A sales representative sees only the customers assigned to him (seed 003), wherever customers show: the list, search
 * as you type, the look-up by number, the customer page, the CSV export and the API. Every surface is checked for two
 * reps and an administrator, who sees everyone.
 */
@GuichetTest
@Import(CustomerFixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesRepCustomerAccessMatrixTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    CustomerFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    private TenantProfile tenant;
    private final Map<String, Customer> customers = new LinkedHashMap<>();
    private final Map<String, TenantHttp.Client> browsers = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, Set<String>> expected = new LinkedHashMap<>();

    @BeforeAll
    void setUp() {
        tenant = tenants.create("mtx", "customers");
        User alice = accounts.staff(tenant, "alice", Role.SALES_REP);
        User bruno = accounts.staff(tenant, "bruno", Role.SALES_REP);
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        customers.put("Anne", fixtures.person(tenant, "Anne", "Commun", "anne@commun.example", alice));
        customers.put("Alain", fixtures.person(tenant, "Alain", "Commun", "alain@commun.example", alice));
        customers.put("Basile", fixtures.person(tenant, "Basile", "Commun", "basile@commun.example", bruno));
        customers.put("Nadia", fixtures.person(tenant, "Nadia", "Commun", "nadia@commun.example", null));
        for (User user : List.of(alice, bruno, admin)) {
            String who = user.lastName();
            browsers.put(who, fixtures.signedIn(tenant, user));
            tokens.put(who, fixtures.token(tenant, user));
        }
        expected.put("alice", Set.of("Anne", "Alain"));
        expected.put("bruno", Set.of("Basile"));
        expected.put("admin", Set.of("Anne", "Alain", "Basile", "Nadia"));
    }

    @Test
    void eachViewerSeesExactlyHisCustomersOnEverySurface() {
        Map<String, BiFunction<String, Customer, Boolean>> surfaces = new LinkedHashMap<>();
        surfaces.put(
                "list",
                (who, c) -> page(who, "/customers?size=100").contains(c.number().value()));
        surfaces.put(
                "search",
                (who, c) -> page(who, "/customers?q=commun").contains(c.number().value()));
        surfaces.put(
                "number",
                (who, c) -> page(who, "/customers?number=" + c.number().value())
                        .contains(c.number().value()));
        surfaces.put("page", (who, c) -> status(who, "/customers/" + c.id()) == 200);
        surfaces.put("edit", (who, c) -> status(who, "/customers/" + c.id() + "/edit") == 200);
        surfaces.put(
                "export",
                (who, c) -> browsers.get(who)
                        .get("/customers/export.csv?q=commun")
                        .body()
                        .contains(c.number().value()));
        surfaces.put(
                "api list",
                (who, c) ->
                        api(who, "/api/customers?size=100").contains(c.number().value()));
        surfaces.put(
                "api search",
                (who, c) ->
                        api(who, "/api/customers?q=commun").contains(c.number().value()));
        surfaces.put(
                "api number",
                (who, c) -> apiStatus(who, "/api/customers/" + c.number().value()) == 200);

        List<String> wrong = new ArrayList<>();
        List<String> table = new ArrayList<>();
        surfaces.forEach((surface, sees) -> expected.forEach((who, visible) -> {
            Set<String> seen = customers.entrySet().stream()
                    .filter(e -> sees.apply(who, e.getValue()))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            table.add("%-10s %-6s %s".formatted(surface, who, seen));
            if (!seen.equals(visible)) {
                wrong.add(surface + " as " + who + ": saw " + seen + ", expected " + visible);
            }
        }));
        assertThat(wrong).as(String.join("\n", table)).isEmpty();
    }

    @Test
    void aSalesRepIsNotToldOfAnotherRepsCustomerAmongLikelyDuplicates() {
        TenantHttp.Client alice = browsers.get("alice");
        var fields = CustomerFixtures.form(
                alice,
                "/customers/new",
                "kind",
                "NATURAL_PERSON",
                "firstName",
                "Basile",
                "lastName",
                "Commun",
                "emails[0]",
                "basile@commun.example");
        TenantHttp.Page page = alice.postForm("/customers", fields);
        assertThat(page.body()).doesNotContain(customers.get("Basile").number().value());
    }

    @Test
    void anAgentMayNotExportTheCustomerBase() {
        User agent = accounts.staff(tenant, "agent", Role.AGENT);
        assertThat(fixtures.signedIn(tenant, agent).get("/customers/export.csv").status())
                .isEqualTo(403);
    }

    private String page(String who, String path) {
        TenantHttp.Page page = browsers.get(who).get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.html().select("#customer-results tbody").text();
    }

    private int status(String who, String path) {
        return browsers.get(who).get(path).status();
    }

    private String api(String who, String path) {
        TenantHttp.Page page = browsers.get(who).getWithToken(path, tokens.get(who));
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }

    private int apiStatus(String who, String path) {
        return browsers.get(who).getWithToken(path, tokens.get(who)).status();
    }
}
