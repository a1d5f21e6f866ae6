package guichet.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.Actor;
import guichet.claims.ServiceDesk;
import guichet.claims.desk.Claim;
import guichet.claims.settings.ClaimSettings;
import guichet.claims.settings.Labels;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.notifications.Inbox;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.PageCost;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * What the main claims pages cost the database, counted and never timed: the staff list, a ticket's page and the
 * customer's portal list run as many SQL statements with 80 rows as with 8, so that a query per row (N+1) or a new
 * query per request fails the build.
 */
@GuichetTest
@Import({DeskFixture.class, PageCost.class})
class ClaimsPageCostWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    DeskFixture desk;

    @Autowired
    Customers customers;

    @Autowired
    ServiceDesk serviceDesk;

    @Autowired
    PageCost cost;

    @Autowired
    ClaimSettings settings;

    @Autowired
    Users users;

    @Autowired
    Inbox inbox;

    @Autowired
    Sites sites;

    @Autowired
    Products products;

    @Test
    void theStaffListAndThePortalListCostTheSameWithEightTicketsAsWithEighty() {
        TenantProfile tenant = tenants.create("costlist", "customers", "claims");
        TenantHttp.Client agent = desk.signedIn(tenant, "agent", Role.AGENT);
        User account = accounts.customer(tenant, "client");
        TenantHttp.Client customer = http.tenant(tenant);
        customer.signIn(account.email(), TestAccounts.PASSWORD);
        Customer owner = desk.in(
                tenant, () -> customers.find(account.customer().orElseThrow()).orElseThrow());
        open(tenant, owner, 0, 8);

        PageCost.Cost staffWithEight = counted(agent, "/claims", "staff-8");
        PageCost.Cost portalWithEight = counted(customer, "/claims/my", "portal-8");
        open(tenant, owner, 8, 80);
        PageCost.Cost staffWithEighty = counted(agent, "/claims", "staff-80");
        PageCost.Cost portalWithEighty = counted(customer, "/claims/my", "portal-80");

        costsTheSame("the staff list", staffWithEighty, staffWithEight);
        costsTheSame("the portal list", portalWithEighty, portalWithEight);
        assertThat(staffWithEight.statements()).isPositive();
        assertThat(reading(staffWithEighty, "core_site"))
                .as("the agencies the filter form offers")
                .hasSize(1);
        assertThat(reading(staffWithEighty, "core_product"))
                .as("the products the filter form offers")
                .hasSize(1);
        PageCost.Cost results = refreshed(agent, "results-80");
        assertThat(reading(results, "core_site"))
                .as("no agency or product named, none read, when no ticket has one")
                .isEmpty();
        assertThat(reading(results, "core_product")).isEmpty();
    }

    /**
     * Agencies and services named beside each demand (issue 16) cost two statements more than a list without them,
     * whatever the rows: the names missing from the list's choices (a closed agency, a service no longer on sale) are
     * read in one statement each for the whole page.
     */
    @Test
    void theStaffListNamesAgenciesAndServicesAtTheSameCostForEightDemandsAsForEighty() {
        TenantProfile tenant = tenants.create("costsites", "customers", "claims");
        TenantHttp.Client agent = desk.signedIn(tenant, "agent", Role.AGENT);
        Customer owner = desk.person(tenant, "Koffi", null);
        List<Site> agencies = desk.in(
                tenant,
                () -> IntStream.range(0, 4)
                        .mapToObj(
                                i -> sites.save(new Site("AG-" + i, "Agence n° " + i, Site.Kind.AGENCY, Instant.now())))
                        .toList());
        List<Product> services = desk.in(
                tenant,
                () -> IntStream.range(0, 4)
                        .mapToObj(i -> products.save(
                                new Product("S-" + i, "Service n° " + i, Product.Kind.SERVICE, null, Instant.now())))
                        .toList());
        atCounter(tenant, owner, agencies, services, 0, 8);
        desk.in(tenant, () -> {
            Site closed = sites.find(agencies.get(3).id()).orElseThrow();
            closed.close(Instant.now());
            Product withdrawn = products.find(services.get(3).id()).orElseThrow();
            withdrawn.withdrawFromSale(Instant.now());
            return products.save(withdrawn);
        });

        PageCost.Cost withEight = counted(agent, "/claims", "named-8");
        atCounter(tenant, owner, agencies, services, 8, 80);
        PageCost.Cost withEighty = counted(agent, "/claims", "named-80");

        costsTheSame("the staff list with agencies and services", withEighty, withEight);
        assertThat(reading(withEighty, "core_site"))
                .as("the open agencies, then the closed one's name")
                .hasSize(2);
        assertThat(reading(withEighty, "core_product"))
                .as("the services on sale, then the withdrawn one's name")
                .hasSize(2);
        PageCost.Cost results = refreshed(agent, "named-results-80");
        assertThat(reading(results, "core_site"))
                .as("without the filter form, the page's agencies in one statement")
                .hasSize(1);
        assertThat(reading(results, "core_product")).hasSize(1);
    }

    @Test
    void aTicketsPageCostsTheSameWithEightRepliesAsWithEighty() {
        TenantProfile tenant = tenants.create("costticket", "customers", "claims");
        TenantHttp.Client agent = desk.signedIn(tenant, "agent", Role.AGENT);
        Customer owner = desk.person(tenant, "Amina", "amina@example.test");
        Claim few = desk.ticket(tenant, owner, "Huit réponses");
        Claim many = desk.ticket(tenant, owner, "Quatre-vingts réponses");
        reply(tenant, few, 8);
        reply(tenant, many, 80);

        PageCost.Cost withEight = counted(agent, "/claims/" + few.number(), "ticket-8");
        PageCost.Cost withEighty = counted(agent, "/claims/" + many.number(), "ticket-80");

        costsTheSame("a ticket's page", withEighty, withEight);
    }

    @Test
    void theStatusesTypesAndPrioritiesAreReadOnceThenAgainOnlyAfterTheyChange() {
        TenantProfile tenant = tenants.create("costvocab", "customers", "claims");
        TenantHttp.Client agent = desk.signedIn(tenant, "agent", Role.AGENT);

        PageCost.Cost known = counted(agent, "/claims", "vocabulary-known");
        assertThat(known.sql()).noneMatch(sql -> sql.contains("clm_type"));

        desk.in(tenant, () -> settings.addType("reseau", new Labels("Panne réseau", "Network outage", "عطل الشبكة")));
        TenantHttp.Page changed = agent.getWithHeaders("/claims", PageCost.counting("vocabulary-changed"));

        assertThat(cost.of("vocabulary-changed").sql())
                .as("read again once, after the change")
                .filteredOn(sql -> sql.contains("clm_type"))
                .hasSize(1);
        assertThat(changed.html().select("option").eachText()).contains("Panne réseau");
    }

    @Test
    void aNewClaimTellsTwentyAgentsAtTheCostOfTellingTwo() {
        TenantProfile tenant = tenants.create("costnew", "customers", "claims");
        User account = accounts.customer(tenant, "client");
        TenantHttp.Client customer = http.tenant(tenant);
        customer.signIn(account.email(), TestAccounts.PASSWORD);
        List<User> two = agents(tenant, 0, 2);
        PageCost.Cost toTwo = newClaim(customer, "new-claim-2");
        List<User> twenty = new ArrayList<>(two);
        twenty.addAll(agents(tenant, 2, 20));
        PageCost.Cost toTwenty = newClaim(customer, "new-claim-20");

        String both = "20 agents: " + toTwenty.sql() + "\n2 agents: " + toTwo.sql();
        assertThat(toTwenty.statements()).as(both).isEqualTo(toTwo.statements());
        assertThat(toTwenty.transactions()).as(both).isEqualTo(toTwo.transactions());
        assertThat(toTwenty.sql())
                .as("the agents' preferences read once, the customer's once (his confirmation): " + both)
                .filteredOn(sql -> sql.contains("core_notification_preference"))
                .hasSize(2);
        desk.in(tenant, () -> {
            assertThat(inbox.unreadCount(account.id()))
                    .as("each claim confirmed to the customer who opened it")
                    .isEqualTo(2);
            two.forEach(agent -> assertThat(inbox.unreadCount(agent.id()))
                    .as("both claims told to " + agent.email())
                    .isEqualTo(2));
            twenty.subList(2, 20)
                    .forEach(agent -> assertThat(inbox.unreadCount(agent.id()))
                            .as("the second claim told to " + agent.email())
                            .isEqualTo(1));
            return null;
        });
    }

    /**
     * The same statements and transactions with 80 rows as with 8, but for the one statement that counts a list's
     * total: a list of 8 fits its first page, whose rows are the total, and only a longer list needs it counted. And
     * one transaction, whatever the page asks of how many services.
     */
    private static void costsTheSame(String page, PageCost.Cost eighty, PageCost.Cost eight) {
        String both = page + ", 80 rows: " + eighty.sql() + "\n8 rows: " + eight.sql();
        assertThat(eighty.statements() - eighty.counts()).as(both).isEqualTo(eight.statements() - eight.counts());
        assertThat(eighty.counts()).as(both).isBetween(eight.counts(), eight.counts() + 1);
        assertThat(eighty.transactions()).as(both).isEqualTo(eight.transactions());
        assertThat(eight.transactions())
                .as("one read-only transaction per page: " + both)
                .isEqualTo(1);
    }

    /** The page once to warm what is loaded once per tenant, then counted. */
    private PageCost.Cost counted(TenantHttp.Client client, String path, String name) {
        assertThat(client.get(path).status()).isEqualTo(200);
        TenantHttp.Page page = client.getWithHeaders(path, PageCost.counting(name));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        PageCost.Cost counted = cost.of(name);
        System.out.println("Page cost " + name + ": " + counted.statements() + " statements, " + counted.transactions()
                + " transactions");
        return counted;
    }

    /** The list's results alone, as HTMX asks for them when a filter changes, counted. */
    private PageCost.Cost refreshed(TenantHttp.Client client, String name) {
        Map<String, String> headers = new HashMap<>(PageCost.counting(name));
        headers.put("HX-Request", "true");
        TenantHttp.Page page = client.getWithHeaders("/claims", headers);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return cost.of(name);
    }

    /** The statements of a page that read this table. */
    private static List<String> reading(PageCost.Cost counted, String table) {
        return counted.sql().stream().filter(sql -> sql.contains(table)).toList();
    }

    /** Agents of the tenant (records only: a new claim tells the agents Guichet knows). */
    private List<User> agents(TenantProfile tenant, int from, int to) {
        return desk.in(
                tenant,
                () -> IntStream.range(from, to)
                        .mapToObj(i -> {
                            User agent = User.staff("agent-" + i + "@costnew.test", "Agent", "N° " + i, Instant.now());
                            agent.mirrorRoles(Set.of(Role.AGENT.id()), Instant.now());
                            return users.save(agent);
                        })
                        .toList());
    }

    /** A new claim posted from the portal's form, counted; it leads to the claim's page. */
    private PageCost.Cost newClaim(TenantHttp.Client customer, String name) {
        String csrf = customer.csrfToken("/claims/my/new");
        TenantHttp.Page posted = customer.postForm(
                "/claims/my/new",
                Map.of("title", "Ligne coupée (" + name + ")", "description", "Depuis hier soir.", "_csrf", csrf),
                PageCost.counting(name));
        assertThat(posted.isRedirect()).as(posted.body()).isTrue();
        assertThat(posted.header("Location")).contains("/claims/my/");
        PageCost.Cost counted = cost.of(name);
        System.out.println("Page cost " + name + ": " + counted.statements() + " statements, " + counted.transactions()
                + " transactions");
        return counted;
    }

    /** Demands recorded at the counter, each at one of the agencies about one of the services, in turn. */
    private void atCounter(
            TenantProfile tenant, Customer owner, List<Site> agencies, List<Product> services, int from, int to) {
        IntStream.range(from, to)
                .forEach(i -> desk.atCounter(
                        tenant,
                        owner,
                        "Au guichet n° " + i,
                        services.get(i % services.size()).id(),
                        agencies.get(i % agencies.size()).id()));
    }

    private void open(TenantProfile tenant, Customer owner, int from, int to) {
        IntStream.range(from, to).forEach(i -> desk.ticket(tenant, owner, "Ligne coupée n° " + i));
    }

    private void reply(TenantProfile tenant, Claim ticket, int replies) {
        IntStream.range(0, replies)
                .forEach(i -> desk.in(
                        tenant,
                        () -> serviceDesk.reply(ticket, "Réponse n° " + i, new Actor(null, "Agent", true, null))));
    }
}
