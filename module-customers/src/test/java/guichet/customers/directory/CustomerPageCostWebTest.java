package guichet.customers.directory;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.customers.CustomerFixtures;
import guichet.customers.wiki.Wiki;
import guichet.customers.wiki.WikiPage;
import guichet.platform.catalog.Product;
import guichet.platform.customers.Customer;
import guichet.platform.identity.Role;
import guichet.platform.sales.Sale;
import guichet.platform.sales.Sales;
import guichet.platform.sales.SerialNumber;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.PageCost;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestTenants;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * What the customer page costs the database, counted and never timed: as many SQL statements and transactions with
 * 80 products bought as with 8, and the customer's wiki (its list, a page with its history, an old version) as many
 * with 30 pages or versions as with 3, so that a query per row fails the build.
 */
@GuichetTest
@Import({CustomerFixtures.class, PageCost.class})
class CustomerPageCostWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    CustomerFixtures fixtures;

    @Autowired
    Sales sales;

    @Autowired
    PageCost cost;

    @Autowired
    Wiki wiki;

    @Test
    void theCustomerPageCostsTheSameWithEightPurchasesAsWithEighty() {
        TenantProfile tenant = tenants.create("costcust", "customers");
        TenantHttp.Client agent = fixtures.staff(tenant, "agent", Role.TENANT_ADMIN);
        Product product = fixtures.product(tenant, "MOD-1", "Modem");
        Customer few = fixtures.person(tenant, "Rania", "Gharbi", "rania@exemple.tn", null);
        Customer many = fixtures.person(tenant, "Omar", "Saidi", "omar@exemple.tn", null);
        buy(tenant, few, product, 0, 8);
        buy(tenant, many, product, 8, 88);

        PageCost.Cost withEight = counted(agent, "/customers/" + few.id(), "customer-8");
        PageCost.Cost withEighty = counted(agent, "/customers/" + many.id(), "customer-80");

        assertThat(withEighty.statements())
                .as("80 purchases: " + withEighty.sql() + "\n8 purchases: " + withEight.sql())
                .isEqualTo(withEight.statements());
        assertThat(withEighty.transactions()).isEqualTo(withEight.transactions());
        assertThat(withEight.transactions())
                .as("one read-only transaction per page")
                .isEqualTo(1);
    }

    @Test
    void theWikiPagesCostTheSameWithThreeVersionsOrPagesAsWithThirty() {
        TenantProfile tenant = tenants.create("costwiki", "customers");
        TenantHttp.Client agent = fixtures.staff(tenant, "agent", Role.TENANT_ADMIN);
        Customer few = fixtures.person(tenant, "Rania", "Gharbi", "rania@exemple.tn", null);
        Customer many = fixtures.person(tenant, "Omar", "Saidi", "omar@exemple.tn", null);
        WikiPage shortPage = pages(tenant, few, 3, 3).getFirst();
        WikiPage longPage = pages(tenant, many, 30, 30).getFirst();

        String fewWiki = "/customers/" + few.id() + "/wiki";
        String manyWiki = "/customers/" + many.id() + "/wiki";
        List<String[]> compared = List.of(
                new String[] {fewWiki, manyWiki},
                new String[] {fewWiki + "/" + shortPage.id(), manyWiki + "/" + longPage.id()},
                new String[] {
                    fewWiki + "/" + shortPage.id() + "/revisions/2", manyWiki + "/" + longPage.id() + "/revisions/2"
                });
        for (String[] pair : compared) {
            PageCost.Cost three = counted(agent, pair[0], pair[0] + " 3");
            PageCost.Cost thirty = counted(agent, pair[1], pair[1] + " 30");
            assertThat(thirty.statements())
                    .as("30: " + thirty.sql() + "\n3: " + three.sql())
                    .isEqualTo(three.statements());
            assertThat(three.transactions()).as(pair[0]).isEqualTo(1);
            assertThat(thirty.transactions()).as(pair[1]).isEqualTo(1);
        }
    }

    /** A customer's wiki: {@code count} pages, each with {@code versions} versions. */
    private List<WikiPage> pages(TenantProfile tenant, Customer customer, int count, int versions) {
        return IntStream.range(0, count)
                .mapToObj(n -> fixtures.in(
                        tenant,
                        () -> wiki.seed(
                                customer.id(),
                                "Page " + n,
                                IntStream.range(0, versions)
                                        .mapToObj(v -> "Version " + v + " de la page " + n)
                                        .toList(),
                                "Agent",
                                false)))
                .toList();
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

    private void buy(TenantProfile tenant, Customer customer, Product product, int from, int to) {
        IntStream.range(from, to)
                .forEach(i -> fixtures.in(
                        tenant,
                        () -> sales.save(Sale.delivered(
                                customer.id(),
                                product.id(),
                                new SerialNumber("MOD%012d".formatted(i)),
                                LocalDate.of(2026, 1, 2),
                                null,
                                null,
                                Instant.now()))));
    }
}
