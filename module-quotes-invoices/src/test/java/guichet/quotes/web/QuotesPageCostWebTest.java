package guichet.quotes.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.customers.Customer;
import guichet.platform.identity.Role;
import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.PageCost;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.quotes.QuotesMother;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * What the quotes' lists cost the database, counted and never timed: the staff's list (filtered and sorted too) and
 * queue, for a seller and a sales representative, and the customer's « Mes devis » and « Mes devis demandés », run as
 * many statements, in one transaction, with 80 quotes and requests as with 8.
 */
@GuichetTest
@Import({QuotesMother.class, PageCost.class})
class QuotesPageCostWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    PageCost cost;

    @Autowired
    QuotesMother mother;

    @Test
    void theQuotesListsCostTheSameWithEightAsWithEighty() {
        TenantProfile tenant = tenants.create("quocost", "quotes");
        User seller = accounts.staff(tenant, "vendeur", Role.SELLER);
        User rep = accounts.staff(tenant, "commercial", Role.SALES_REP);
        User account = accounts.customer(tenant, "client");
        CustomerId customer = mother.customerOf(account);
        Customer repsCustomer = mother.customerOfRep(tenant, rep, "Portefeuille");
        fill(tenant, seller, account, customer, repsCustomer.id(), 0, 8);

        TenantHttp.Client staff = http.tenant(tenant);
        staff.signIn(seller.email(), TestAccounts.PASSWORD);
        TenantHttp.Client repClient = http.tenant(tenant);
        repClient.signIn(rep.email(), TestAccounts.PASSWORD);
        TenantHttp.Client portal = http.tenant(tenant);
        portal.signIn(account.email(), TestAccounts.PASSWORD);
        List<TenantHttp.Client> staffReaders = List.of(staff, repClient);
        List<String> staffPages =
                List.of("/quotes", "/quotes?status=SENT&sort=totalGross&dir=desc", "/quotes/requests");
        List<String> portalPages = List.of("/quotes/my", "/quotes/my/requests");

        List<PageCost.Cost> eight = costs(staffReaders, staffPages, portal, portalPages, "8");
        fill(tenant, seller, account, customer, repsCustomer.id(), 8, 80);
        List<PageCost.Cost> eighty = costs(staffReaders, staffPages, portal, portalPages, "80");
        for (int i = 0; i < eight.size(); i++) {
            compare(eight.get(i), eighty.get(i));
        }
    }

    private void fill(
            TenantProfile tenant, User seller, User account, CustomerId customer, CustomerId reps, int from, int to) {
        for (int i = from; i < to; i++) {
            CustomerId whose = i % 2 == 0 ? customer : reps;
            mother.send(tenant, mother.quote(tenant, whose, seller, "10", "20"), seller);
            mother.request(tenant, whose, account, "Besoin n° " + i, null, null, null, null);
        }
    }

    private List<PageCost.Cost> costs(
            List<TenantHttp.Client> staffReaders,
            List<String> staffPages,
            TenantHttp.Client portal,
            List<String> portalPages,
            String size) {
        List<PageCost.Cost> all = new java.util.ArrayList<>();
        for (TenantHttp.Client reader : staffReaders) {
            for (String page : staffPages) {
                all.add(counted(reader, page, page + " " + staffReaders.indexOf(reader) + " " + size));
            }
        }
        for (String page : portalPages) {
            all.add(counted(portal, page, page + " portal " + size));
        }
        return all;
    }

    private static void compare(PageCost.Cost eight, PageCost.Cost eighty) {
        String both = "80: " + eighty.sql() + "\n8: " + eight.sql();
        // A first page shorter than the page size needs no count of its rows; a full one does.
        assertThat(eighty.statements() - eighty.counts()).as(both).isEqualTo(eight.statements() - eight.counts());
        assertThat(eighty.counts()).as(both).isBetween(eight.counts(), eight.counts() + 1);
        assertThat(eight.transactions()).as("one transaction per page: " + both).isEqualTo(1);
        assertThat(eighty.transactions()).as(both).isEqualTo(1);
    }

    /** The page once to warm what is loaded once per tenant, then counted. */
    private PageCost.Cost counted(TenantHttp.Client client, String path, String name) {
        assertThat(client.get(path).status()).as(path).isEqualTo(200);
        TenantHttp.Page page = client.getWithHeaders(path, PageCost.counting(name));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return cost.of(name);
    }
}
