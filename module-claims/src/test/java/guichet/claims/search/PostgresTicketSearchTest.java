package guichet.claims.search;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.Customers;
import guichet.platform.ids.TicketId;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import guichet.platform.text.SearchText;
import guichet.platform.tickets.Ticket;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;

/** The default ticket search against a real tenant schema on PostgreSQL. */
@GuichetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresTicketSearchTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TicketSearch search;

    @Autowired
    Customers customers;

    @Autowired
    Claims tickets;

    @Autowired
    TicketIndex index;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate transactions;

    private TenantProfile tenant;
    private Customer helene;
    private Customer ahmed;
    private Customer company;
    private User rep;

    @BeforeAll
    void fill() {
        tenant = tenants.create("search");
        Instant now = Instant.now();
        inTenant(() -> {
            rep = users.save(User.staff("rep@search.test", "Rita", "Rep", now));
            helene = customers.save(
                    Customer.person(customers.nextNumber(), Customer.Stage.CUSTOMER, "Hélène", "Dupré", now)
                            .assignSalesRep(rep.id(), now));
            ahmed = customers.save(
                    Customer.person(customers.nextNumber(), Customer.Stage.PROSPECT, "أَحْمَد", "بن علي", now));
            company = customers.save(
                    Customer.company(customers.nextNumber(), Customer.Stage.CUSTOMER, "Imprimerie Lemoine", now));
            ticket("L'imprimante n'est plus reconnue par l'ordinateur", helene, Ticket.Category.RESOLVED, now);
            ticket("Facture incorrecte ce mois-ci", helene, Ticket.Category.NEW, now.plusSeconds(1));
            ticket("Les imprimantes du bureau ne sont pas reconnues", company, Ticket.Category.NEW, now.plusSeconds(2));
            Claim waiting =
                    ticket("انقطاع الإنترنت منذ الصباح", ahmed, Ticket.Category.IN_PROGRESS, now.plusSeconds(3));
            waiting.awaitCustomer(true);
            tickets.save(waiting);
            return null;
        });
    }

    @Test
    void ticketsAreFoundByStemmedFrenchWordsWithoutAccents() {
        assertThat(titles(TicketQuery.all(CustomerAccess.EVERYONE).withText("imprimante reconnue")))
                .containsExactlyInAnyOrder(
                        "L'imprimante n'est plus reconnue par l'ordinateur",
                        "Les imprimantes du bureau ne sont pas reconnues");
        assertThat(titles(TicketQuery.all(CustomerAccess.EVERYONE).withText("FACTURÉ")))
                .containsExactly("Facture incorrecte ce mois-ci");
    }

    @Test
    void ticketsAreFoundInArabicAndByTheirNumber() {
        assertThat(titles(TicketQuery.all(CustomerAccess.EVERYONE).withText("الانترنت")))
                .containsExactly("انقطاع الإنترنت منذ الصباح");
        String number = TenantContext.call(
                tenant.id(),
                () -> tickets.findAll(PageRequest.of(0, 1, Sort.by("number")))
                        .getContent()
                        .getFirst()
                        .number());
        assertThat(titles(TicketQuery.all(CustomerAccess.EVERYONE).withText(number.toLowerCase())))
                .containsExactly("L'imprimante n'est plus reconnue par l'ordinateur");
    }

    @Test
    void ticketSearchStaysWithinTheCustomerAccessAndTheFilters() {
        assertThat(titles(TicketQuery.all(new CustomerAccess.SalesRep(rep.id())).withText("imprimante")))
                .containsExactly("L'imprimante n'est plus reconnue par l'ordinateur");
        assertThat(titles(TicketQuery.all(new CustomerAccess.Accounts(Set.of(company.id())))))
                .containsExactly("Les imprimantes du bureau ne sont pas reconnues");
        assertThat(titles(TicketQuery.all(CustomerAccess.EVERYONE).withCategories(Set.of(Ticket.Category.NEW))))
                .containsExactly("Les imprimantes du bureau ne sont pas reconnues", "Facture incorrecte ce mois-ci");
        assertThat(TenantContext.call(tenant.id(), () -> search.countTickets(TicketQuery.all(CustomerAccess.NOBODY))))
                .isZero();
    }

    @Test
    void aSalesRepSeesTheTicketsOfACustomerFromTheMomentHeIsInChargeOfHim() {
        TicketQuery repsTickets = TicketQuery.all(new CustomerAccess.SalesRep(rep.id()));
        assertThat(titles(repsTickets)).doesNotContain("Les imprimantes du bureau ne sont pas reconnues");

        inTenant(() ->
                customers.save(customers.find(company.id()).orElseThrow().assignSalesRep(rep.id(), Instant.now())));
        try {
            assertThat(titles(repsTickets)).contains("Les imprimantes du bureau ne sont pas reconnues");
            assertThat(titles(repsTickets.withText("imprimantes")))
                    .containsExactlyInAnyOrder(
                            "L'imprimante n'est plus reconnue par l'ordinateur",
                            "Les imprimantes du bureau ne sont pas reconnues");
        } finally {
            inTenant(() ->
                    customers.save(customers.find(company.id()).orElseThrow().assignSalesRep(null, Instant.now())));
        }
        assertThat(titles(repsTickets)).doesNotContain("Les imprimantes du bureau ne sont pas reconnues");
    }

    @Test
    void ticketsAwaitingTheCustomersAnswerAreFoundWithinHisAccess() {
        assertThat(titles(TicketQuery.all(CustomerAccess.EVERYONE).withAwaitingCustomer(true)))
                .containsExactly("انقطاع الإنترنت منذ الصباح");
        assertThat(titles(TicketQuery.all(new CustomerAccess.Accounts(Set.of(ahmed.id())))
                        .withAwaitingCustomer(true)))
                .containsExactly("انقطاع الإنترنت منذ الصباح");
        assertThat(titles(TicketQuery.all(new CustomerAccess.Accounts(Set.of(helene.id())))
                        .withAwaitingCustomer(true)))
                .isEmpty();
    }

    @Test
    void similarResolvedTicketsAreSuggestedForADraft() {
        List<TicketId> similar = TenantContext.call(
                tenant.id(),
                () -> search.findSimilarResolved(
                        "Mon imprimante n'est pas reconnue depuis hier", CustomerAccess.EVERYONE, false, 5));
        assertThat(TenantContext.call(
                        tenant.id(),
                        () -> tickets.inOrder(similar).stream()
                                .map(Claim::title)
                                .toList()))
                .containsExactly("L'imprimante n'est plus reconnue par l'ordinateur");
    }

    private Claim ticket(String title, Customer customer, Ticket.Category category, Instant at) {
        Claim ticket = new Claim(
                tickets.nextNumber(), title, category.name().toLowerCase(), "normal", customer.id(), null, at);
        ticket.changeStatus(category.name().toLowerCase(), category, at);
        Claim saved = tickets.save(ticket);
        String text = SearchText.normalize(title + " " + customer.displayName());
        index.write(saved.id(), text, text);
        return saved;
    }

    private List<String> titles(TicketQuery query) {
        return TenantContext.call(
                tenant.id(),
                () -> transactions.execute(status ->
                        tickets
                                .inOrder(search.findTickets(query, PageRequest.of(0, 20))
                                        .getContent())
                                .stream()
                                .map(Claim::title)
                                .toList()));
    }

    private <T> T inTenant(Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }
}
