package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.shops.referential.Referential;
import guichet.shops.stock.StockLedger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every module page and API endpoint, asked on two tenants' hosts, shows each tenant's own records and never the
 * other's.
 */
@PlatformTest
class ModuleEndpointsIsolationTest {

    /** Each endpoint, and which kind of record it shows. */
    private static final List<String[]> ENDPOINTS = List.of(
            new String[] {"/customers", "customer"},
            new String[] {"/api/customers", "customer"},
            new String[] {"/prospection", "prospect"},
            new String[] {"/claims", "ticket"},
            new String[] {"/api/claims", "ticket"},
            new String[] {"/shops", "site"},
            new String[] {"/api/shops/sites", "site"},
            new String[] {"/shops/stock", "product"},
            new String[] {"/shops/stock/movements", "site"},
            new String[] {"/shops/referential", "partner"},
            new String[] {"/api/shops/referential", "partner"},
            new String[] {"/offers", "product"},
            new String[] {"/api/offers/products", "product"});

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantHttp http;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Customers customers;

    @Autowired
    Claims tickets;

    @Autowired
    Sites sites;

    @Autowired
    Products products;

    @Autowired
    StockLedger stock;

    @Autowired
    Referential referential;

    @Test
    void noEndpointShowsAnotherTenantsRecords() {
        TenantProfile first = tenantWithRecords("Alpha");
        TenantProfile second = tenantWithRecords("Omega");

        Reader firstReader = reader(first);
        Reader secondReader = reader(second);
        for (String[] endpoint : ENDPOINTS) {
            String path = endpoint[0];
            String kind = endpoint[1];
            assertThat(firstReader.read(path))
                    .as(path)
                    .contains("Alpha-" + kind)
                    .doesNotContain("Omega-");
            assertThat(secondReader.read(path))
                    .as(path)
                    .contains("Omega-" + kind)
                    .doesNotContain("Alpha-");
        }
        assertThat(firstReader.read("/api/stats/summary")).contains("\"customers\":1", "\"prospects\":1");
    }

    /** An administrator of one tenant: a browser session for the pages, a token for the API. */
    private record Reader(TenantHttp.Client browser, TenantHttp.Client api, String token) {
        String read(String path) {
            return path.startsWith("/api/")
                    ? api.getWithToken(path, token).body()
                    : browser.get(path).body();
        }
    }

    private Reader reader(TenantProfile tenant) {
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client browser = http.tenant(tenant);
        browser.signIn(admin.email(), TestAccounts.PASSWORD);
        return new Reader(
                browser, http.tenant(tenant), accounts.accessToken(tenant, admin.email(), TestAccounts.PASSWORD));
    }

    private TenantProfile tenantWithRecords(String marker) {
        TenantProfile tenant =
                tenants.create("iso", "customers", "claims", "stats", "shops", "offers", "prospection", "quotes");
        TenantContext.run(
                tenant.id(),
                () -> transactions.executeWithoutResult(status -> {
                    Instant now = Instant.now();
                    Customer customer = customers.save(Customer.person(
                            customers.nextNumber(), Customer.Stage.CUSTOMER, null, marker + "-customer", now));
                    customers.save(Customer.person(
                            customers.nextNumber(), Customer.Stage.PROSPECT, null, marker + "-prospect", now));
                    Product product = products.save(
                            new Product("P-" + marker, marker + "-product", Product.Kind.PRODUCT, null, now));
                    Site site = sites.save(new Site("S-" + marker, marker + "-site", Site.Kind.SHOP, now));
                    stock.receive(site.id(), product.id(), 3, List.of(), null);
                    referential.addPartner("E-" + marker.toUpperCase(java.util.Locale.ROOT), marker + "-partner");
                    tickets.save(new Claim(
                            tickets.nextNumber(),
                            marker + "-ticket",
                            "open",
                            "normal",
                            customer.id(),
                            product.id(),
                            now));
                }));
        return tenant;
    }
}
