package guichet.claims.search;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.Customers;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import guichet.platform.text.SearchText;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Text searches with many matches and with few: each plan returns the right page and total (ADR 0028). The window of
 * recent tickets is narrowed to 100 so that a thousand tickets exercise every plan.
 */
@GuichetTest
@TestPropertySource(properties = "guichet.search.recent-window=100")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketTextSearchTest {

    private static final int MANY = TicketSearch.TEXT_COUNT_CAP + 50;

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
    private User rep;
    private final Instant start = Instant.parse("2026-01-01T08:00:00Z");

    @BeforeAll
    void fill() {
        tenant = tenants.create("textsearch");
        TenantContext.run(
                tenant.id(),
                () -> transactions.executeWithoutResult(status -> {
                    rep = users.save(User.staff("rep@textsearch.test", "Rita", "Rep", start));
                    Customer hers = customers.save(
                            Customer.person(customers.nextNumber(), Customer.Stage.CUSTOMER, "Nadia", "Karoui", start)
                                    .assignSalesRep(rep.id(), start));
                    Customer other = customers.save(
                            Customer.person(customers.nextNumber(), Customer.Stage.CUSTOMER, "Omar", "Jaziri", start));
                    for (int i = 0; i < MANY; i++) {
                        ticket("Coupure fibre numéro " + i, i % 20 == 0 ? hers : other, i);
                    }
                    ticket("Coupure coupure coupure de la fibre, encore une coupure", other, MANY - 50);
                    ticket("Borne de mandat en panne", other, MANY + 1);
                    ticket("Alerte borne hors service", hers, MANY + 2);
                    ticket("Autre sujet sans rapport", other, MANY + 3);
                }));
    }

    @Test
    void manyMatchesGiveTheLatestActivityFirstAndACappedTotal() {
        Page<String> page = titles(TicketQuery.all(CustomerAccess.EVERYONE).withText("coupure"), latestFirst(0));

        assertThat(page.getContent()).hasSize(20).first().isEqualTo("Coupure fibre numéro " + (MANY - 1));
        assertThat(page.getContent().get(19)).isEqualTo("Coupure fibre numéro " + (MANY - 20));
        assertThat(page.getTotalElements()).isEqualTo(TicketSearch.TEXT_COUNT_CAP);
        assertThat(TicketSearch.isCapped(
                        page, TicketQuery.all(CustomerAccess.EVERYONE).withText("coupure")))
                .isTrue();
        assertThat(titles(TicketQuery.all(CustomerAccess.EVERYONE).withText("coupure"), latestFirst(1))
                        .getContent())
                .first()
                .isEqualTo("Coupure fibre numéro " + (MANY - 21));
    }

    @Test
    void manyMatchesByRelevanceRankTheRecentOnesBestFirst() {
        Page<String> page = titles(
                TicketQuery.all(CustomerAccess.EVERYONE).withText("coupure"),
                PageRequest.of(0, 20, Sort.by("relevance")));

        assertThat(page.getContent())
                .hasSize(20)
                .allMatch(title -> title.toLowerCase().contains("coupure"))
                .doesNotContain("Coupure fibre numéro 0");
        assertThat(page.getContent().getFirst()).isEqualTo("Coupure coupure coupure de la fibre, encore une coupure");
    }

    @Test
    void fewMatchesAreCountedExactlyAndSortedAsAsked() {
        TicketQuery borne = TicketQuery.all(CustomerAccess.EVERYONE).withText("bornes");

        Page<String> latest = titles(borne, latestFirst(0));
        assertThat(latest.getContent()).containsExactly("Alerte borne hors service", "Borne de mandat en panne");
        assertThat(latest.getTotalElements()).isEqualTo(2);
        assertThat(TicketSearch.isCapped(latest, borne)).isFalse();
        assertThat(titles(borne, PageRequest.of(0, 20, Sort.by("title"))).getContent())
                .containsExactly("Alerte borne hors service", "Borne de mandat en panne");
        assertThat(titles(TicketQuery.all(CustomerAccess.EVERYONE).withText("introuvable"), latestFirst(0)))
                .isEmpty();
    }

    @Test
    void aSalesRepSearchesOnlyHisCustomersTicketsCountedExactlyWhenTheyAllFitTheWindow() {
        CustomerAccess his = new CustomerAccess.SalesRep(rep.id());

        Page<String> coupures = titles(TicketQuery.all(his).withText("coupure"), latestFirst(0));
        assertThat(coupures.getContent()).hasSize(20).allMatch(title -> {
            int n = Integer.parseInt(title.substring(title.lastIndexOf(' ') + 1));
            return n % 20 == 0;
        });
        assertThat(coupures.getTotalElements()).isEqualTo((MANY + 19) / 20);
        assertThat(TicketSearch.isUncounted(coupures, TicketQuery.all(his).withText("coupure")))
                .isFalse();
        assertThat(titles(TicketQuery.all(his).withText("borne"), latestFirst(0))
                        .getContent())
                .containsExactly("Alerte borne hors service");
    }

    private static PageRequest latestFirst(int page) {
        return PageRequest.of(page, 20, Sort.by(Sort.Direction.DESC, "updatedAt"));
    }

    private void ticket(String title, Customer customer, int minute) {
        Instant at = start.plusSeconds(60L * minute);
        Claim ticket = new Claim(tickets.nextNumber(), title, "new", "normal", customer.id(), null, at);
        tickets.save(ticket);
        String text = SearchText.normalize(title + " " + customer.displayName());
        index.write(ticket.id(), text, text);
    }

    private Page<String> titles(TicketQuery query, PageRequest request) {
        return TenantContext.call(
                tenant.id(),
                () -> transactions.execute(status -> {
                    Page<guichet.platform.ids.TicketId> ids = search.findTickets(query, request);
                    List<String> titles = tickets.inOrder(ids.getContent()).stream()
                            .map(Claim::title)
                            .toList();
                    return new org.springframework.data.domain.PageImpl<>(titles, request, ids.getTotalElements());
                }));
    }
}
