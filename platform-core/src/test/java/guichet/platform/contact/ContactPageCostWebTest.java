package guichet.platform.contact;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.PageCost;
import guichet.platform.testing.TenantHttp;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the contact pages cost the database, counted and never timed: the administrators' inbox (filtered or not), a
 * user's own list and a thread run as many statements, in one read-only transaction, with 80 messages as with 8.
 */
@GuichetTest
@Import(PageCost.class)
class ContactPageCostWebTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TenantHttp http;

    @Autowired
    PageCost cost;

    @Autowired
    ContactDesk desk;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theInboxCostsTheSameWithEightMessagesAsWithEighty() {
        TenantProfile tenant = tenants.create("ctcost");
        User admin = accounts.staff(tenant, "admin", Role.TENANT_ADMIN);
        User author = accounts.customer(tenant, "auteur");
        TenantHttp.Client client = http.tenant(tenant);
        client.signIn(admin.email(), TestAccounts.PASSWORD);
        TenantHttp.Client customer = http.tenant(tenant);
        customer.signIn(author.email(), TestAccounts.PASSWORD);
        ContactMessage first = messages(tenant, author, admin, 0, 8);

        List<String> adminPages = List.of(
                "/admin/contact",
                "/admin/contact?status=ANSWERED&kind=BUG",
                "/admin/contact?sort=authorName&dir=asc",
                "/admin/contact/" + first.id());
        List<String> customerPages = List.of("/contact/messages", "/contact/messages/" + first.id());
        List<PageCost.Cost> eight = counted(client, adminPages, " 8");
        List<PageCost.Cost> eightMine = counted(customer, customerPages, " 8");
        messages(tenant, author, admin, 8, 80);
        List<PageCost.Cost> eighty = counted(client, adminPages, " 80");
        List<PageCost.Cost> eightyMine = counted(customer, customerPages, " 80");

        compare(adminPages, eight, eighty);
        compare(customerPages, eightMine, eightyMine);
    }

    private static void compare(List<String> pages, List<PageCost.Cost> eight, List<PageCost.Cost> eighty) {
        for (int i = 0; i < pages.size(); i++) {
            String both = pages.get(i) + ", 80 messages: " + eighty.get(i).sql() + "\n8 messages: "
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

    /** Messages from {@code from} to {@code to}, each answered by the administrator, every other one a bug. */
    private ContactMessage messages(TenantProfile tenant, User author, User admin, int from, int to) {
        GuichetUser writer = user(tenant, author, Role.CUSTOMER);
        GuichetUser answerer = user(tenant, admin, Role.TENANT_ADMIN);
        ContactMessage first = null;
        for (int i = from; i < to; i++) {
            int n = i;
            ContactMessage sent = TenantContext.call(
                    tenant.id(),
                    () -> transactions.execute(status -> {
                        ContactMessage message = desk.send(
                                writer,
                                new NewContactMessage(
                                        n % 2 == 0 ? ContactMessage.Kind.BUG : ContactMessage.Kind.QUESTION,
                                        "Message " + n,
                                        "Texte " + n,
                                        "/account"),
                                null);
                        desk.answer(answerer, message, "Réponse " + n);
                        return message;
                    }));
            if (first == null) {
                first = sent;
            }
        }
        return first;
    }

    private static GuichetUser user(TenantProfile tenant, User user, Role role) {
        return new GuichetUser(
                tenant.id(),
                user.id(),
                user.identitySubject().orElseThrow(),
                user.email(),
                user.displayName(),
                Set.of(role),
                Set.of(),
                user.customer().orElse(null),
                null);
    }

    /** Each page once to warm what is loaded once per tenant, then counted. */
    private List<PageCost.Cost> counted(TenantHttp.Client client, List<String> paths, String suffix) {
        return paths.stream()
                .map(path -> {
                    assertThat(client.get(path).status()).as(path).isEqualTo(200);
                    TenantHttp.Page page = client.getWithHeaders(path, PageCost.counting(path + suffix));
                    assertThat(page.status()).as(page.body()).isEqualTo(200);
                    return cost.of(path + suffix);
                })
                .toList();
    }
}
