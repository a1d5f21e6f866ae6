package guichet.quotes.invoice.web;

import static guichet.quotes.invoice.InvoiceFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.Role;
import guichet.platform.ids.CustomerId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.PageCost;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import guichet.quotes.invoice.Invoice;
import guichet.quotes.invoice.InvoiceFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * What the invoices' pages cost the database, counted and never timed: the staff list (filtered and sorted), an
 * invoice's page, the request queue, and « Mes factures » run as many statements, in one transaction, with 80 invoices
 * as with 8.
 */
@GuichetTest
@Import({InvoiceFixture.class, PageCost.class})
class InvoicesPageCostWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    PageCost cost;

    @Autowired
    InvoiceFixture fixture;

    @Test
    void theInvoicesPagesCostTheSameWithEightInvoicesAsWithEighty() {
        TenantProfile tenant = tenants.create("invcost", "quotes");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        User rep = accounts.staff(tenant, "rep", Role.SALES_REP);
        User account = accounts.customer(tenant, "client");
        CustomerId customer = account.customer().orElseThrow();
        fixture.assignRep(tenant, customer, rep.id());
        fixture.seller(tenant);
        Invoice first = fixture.issued(
                tenant,
                customer,
                line("Clé 4G", "1", "49.000", "TND", "19"),
                line("Forfait", "1", "20.000", "TND", "7"));
        invoices(tenant, customer, 1, 8);

        TenantHttp.Client staff = http.tenant(tenant);
        staff.signIn(admin.email(), TestAccounts.PASSWORD);
        TenantHttp.Client salesRep = http.tenant(tenant);
        salesRep.signIn(rep.email(), TestAccounts.PASSWORD);
        TenantHttp.Client portal = http.tenant(tenant);
        portal.signIn(account.email(), TestAccounts.PASSWORD);
        List<String> pages = List.of(
                "/quotes/invoices",
                "/quotes/invoices?status=ISSUED&sort=gross&dir=desc",
                "/quotes/invoices/" + first.id(),
                "/quotes/invoices/requests");

        List<PageCost.Cost> eight = costs(List.of(staff, salesRep), pages, "8");
        PageCost.Cost mineEight = counted(portal, "/quotes/my/invoices", "mine 8");
        invoices(tenant, customer, 8, 80);
        List<PageCost.Cost> eighty = costs(List.of(staff, salesRep), pages, "80");
        PageCost.Cost mineEighty = counted(portal, "/quotes/my/invoices", "mine 80");

        for (int i = 0; i < eight.size(); i++) {
            compare(eight.get(i), eighty.get(i));
        }
        compare(mineEight, mineEighty);
    }

    private void invoices(TenantProfile tenant, CustomerId customer, int from, int to) {
        for (int i = from; i < to; i++) {
            fixture.issued(tenant, customer, line("Recharge " + i, "1", i + ".000", "TND", "19"));
        }
    }

    private static void compare(PageCost.Cost eight, PageCost.Cost eighty) {
        String both = "80 invoices: " + eighty.sql() + "\n8 invoices: " + eight.sql();
        assertThat(eighty.statements() - eighty.counts()).as(both).isEqualTo(eight.statements() - eight.counts());
        assertThat(eighty.counts()).as(both).isBetween(eight.counts(), eight.counts() + 1);
        assertThat(eight.transactions()).as("one transaction per page: " + both).isEqualTo(1);
        assertThat(eighty.transactions()).as(both).isEqualTo(1);
    }

    private List<PageCost.Cost> costs(List<TenantHttp.Client> readers, List<String> pages, String size) {
        return readers.stream()
                .flatMap(reader -> pages.stream()
                        .map(page -> counted(reader, page, page + " " + readers.indexOf(reader) + " " + size)))
                .toList();
    }

    private PageCost.Cost counted(TenantHttp.Client client, String path, String name) {
        assertThat(client.get(path).status()).as(path).isEqualTo(200);
        TenantHttp.Page page = client.getWithHeaders(path, PageCost.counting(name));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return cost.of(name);
    }
}
