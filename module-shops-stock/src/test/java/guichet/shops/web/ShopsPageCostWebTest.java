package guichet.shops.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.identity.Role;
import guichet.platform.ids.SiteId;
import guichet.platform.sites.Site;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.PageCost;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.shops.referential.KioskCatalogue;
import guichet.shops.referential.Partner;
import guichet.shops.referential.Referential;
import guichet.shops.referential.Structure;
import guichet.shops.sites.Hours;
import guichet.shops.sites.Service;
import guichet.shops.sites.ShopSettings;
import guichet.shops.sites.SiteDetails;
import guichet.shops.sites.SiteDirectory;
import guichet.shops.stock.StockLedger;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the shops pages cost the database, counted and never timed: the list of sites, a site's page, the store
 * locator and the stock list run as many statements, in one transaction, with 80 sites as with 8; the kiosk services'
 * referential as many with 30 partners as with 3.
 */
@GuichetTest
@Import(PageCost.class)
class ShopsPageCostWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    PageCost cost;

    @Autowired
    SiteDirectory directory;

    @Autowired
    ShopSettings shopSettings;

    @Autowired
    StockLedger stock;

    @Autowired
    Referential referential;

    @Autowired
    KioskCatalogue kiosks;

    @Autowired
    Products products;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theShopsPagesCostTheSameWithEightSitesAsWithEighty() {
        TenantProfile tenant = tenants.create("shopcost", "shops");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client client = http.tenant(tenant);
        client.signIn(admin.email(), TestAccounts.PASSWORD);
        Product sim =
                in(tenant, () -> products.save(new Product("SIM", "Puce", Product.Kind.PRODUCT, null, Instant.now())));
        Service sale = in(tenant, () -> shopSettings.addService("VENTE", "Vente"));
        sites(tenant, 0, 8, sim, sale);

        List<String> pages = List.of(
                "/shops",
                "/shops/sites/S0",
                "/shops/locator?lat=36.8&lon=10.18",
                "/shops/stock",
                "/shops/stock/movements");
        List<PageCost.Cost> eight =
                pages.stream().map(page -> counted(client, page, page + " 8")).toList();
        sites(tenant, 8, 80, sim, sale);
        List<PageCost.Cost> eighty =
                pages.stream().map(page -> counted(client, page, page + " 80")).toList();

        for (int i = 0; i < pages.size(); i++) {
            String both = pages.get(i) + ", 80 sites: " + eighty.get(i).sql() + "\n8 sites: "
                    + eight.get(i).sql();
            // A first page shorter than the page size needs no count of its rows; a full one does.
            assertThat(eighty.get(i).statements() - eighty.get(i).counts())
                    .as(both)
                    .isEqualTo(eight.get(i).statements() - eight.get(i).counts());
            assertThat(eighty.get(i).counts())
                    .as(both)
                    .isBetween(eight.get(i).counts(), eight.get(i).counts() + 1);
            assertThat(eight.get(i).transactions())
                    .as("one transaction per page: " + both)
                    .isEqualTo(1);
            assertThat(eighty.get(i).transactions()).as(both).isEqualTo(1);
        }
    }

    @Test
    void theReferentialCostsTheSameWithThreePartnersAsWithThirty() {
        TenantProfile tenant = tenants.create("refcost", "shops");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        TenantHttp.Client client = http.tenant(tenant);
        client.signIn(admin.email(), TestAccounts.PASSWORD);
        Product sim =
                in(tenant, () -> products.save(new Product("SIM", "Puce", Product.Kind.PRODUCT, null, Instant.now())));
        Service sale = in(tenant, () -> shopSettings.addService("VENTE", "Vente"));
        sites(tenant, 0, 2, sim, sale);
        SiteId agency = in(tenant, () -> directory.get("S0").id());

        partners(tenant, 0, 3, agency);
        PageCost.Cost three = counted(client, "/shops/referential", "referential 3");
        partners(tenant, 3, 30, agency);
        PageCost.Cost thirty = counted(client, "/shops/referential", "referential 30");

        String both = "30 partners: " + thirty.sql() + "\n3 partners: " + three.sql();
        assertThat(thirty.statements()).as(both).isEqualTo(three.statements());
        assertThat(three.transactions()).as("one transaction: " + both).isEqualTo(1);
        assertThat(thirty.transactions()).as(both).isEqualTo(1);
    }

    /** Partners with a structure, a sub-structure and a kiosk service under it, offered at one agency. */
    private void partners(TenantProfile tenant, int from, int to, SiteId agency) {
        for (int i = from; i < to; i++) {
            int n = i;
            in(tenant, () -> {
                Partner partner = referential.addPartner("P" + n, "Partenaire " + n);
                Structure top = referential.addStructure(partner.id(), null, "T" + n, "Direction " + n);
                Structure branch = referential.addStructure(partner.id(), top.id(), "B" + n, "Agence " + n);
                return kiosks.add("K" + n, "Service " + n, branch.id(), Set.of(agency));
            });
        }
    }

    /** Sites from {@code from} to {@code to}, each with its week, a service and some stock. */
    private void sites(TenantProfile tenant, int from, int to, Product sim, Service sale) {
        for (int i = from; i < to; i++) {
            String code = "S" + i;
            in(tenant, () -> {
                Site site = directory.create(new SiteDetails(
                        code,
                        "Site " + code,
                        Site.Kind.SHOP,
                        null,
                        "Tunis",
                        null,
                        "TN",
                        new BigDecimal("36.80").add(BigDecimal.valueOf(code.hashCode() % 100, 4)),
                        new BigDecimal("10.18"),
                        null,
                        null));
                directory.setWeek(code, List.of(new Hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0))));
                shopSettings.offer(code, Set.of(sale.id()));
                stock.receive(site.id(), sim.id(), 5, List.of(), null);
                return site;
            });
        }
    }

    /** The page once to warm what is loaded once per tenant, then counted. */
    private PageCost.Cost counted(TenantHttp.Client client, String path, String name) {
        assertThat(client.get(path).status()).as(path).isEqualTo(200);
        TenantHttp.Page page = client.getWithHeaders(path, PageCost.counting(name));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return cost.of(name);
    }

    private <T> T in(TenantProfile tenant, java.util.function.Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }
}
