package guichet.claims.search;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.ClaimsFixture;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.TicketId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.text.SearchText;
import guichet.platform.tickets.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A list sorted by priority follows the tenant's order of its priorities (high, normal, low: their positions), not
 * their codes' letters (high, low, normal), the most recently active first within one, across pages and with words.
 */
@GuichetTest
@Import(ClaimsFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketPriorityOrderTest {

    private static final Set<Ticket.Category> OPEN =
            Set.of(Ticket.Category.NEW, Ticket.Category.IN_PROGRESS, Ticket.Category.WAITING);

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    TicketSearch search;

    @Autowired
    Claims tickets;

    @Autowired
    TicketIndex index;

    private TenantProfile tenant;

    @BeforeAll
    void fill() {
        tenant = fixture.tenant("prio");
        Customer customer = fixture.customer(tenant, "Trabelsi");
        Instant start = Instant.parse("2026-12-01T08:00:00Z");
        inTenant(() -> {
            ticket("Ancienne panne urgente", "high", Ticket.Category.NEW, customer, start.plusSeconds(1));
            ticket("Panne peu pressée", "low", Ticket.Category.NEW, customer, start.plusSeconds(2));
            ticket("Ancienne panne ordinaire", "normal", Ticket.Category.IN_PROGRESS, customer, start.plusSeconds(3));
            ticket("Récente panne urgente", "high", Ticket.Category.WAITING, customer, start.plusSeconds(4));
            ticket("Récente panne ordinaire", "normal", Ticket.Category.NEW, customer, start.plusSeconds(5));
            ticket("Panne urgente résolue", "high", Ticket.Category.RESOLVED, customer, start.plusSeconds(6));
            return null;
        });
    }

    @Test
    void theOpenListFollowsThePrioritiesPositionsThenTheLatestActivity() {
        assertThat(titles(open(), PageRequest.of(0, 20, Sort.by("priority"))))
                .containsExactly(
                        "Récente panne urgente",
                        "Ancienne panne urgente",
                        "Récente panne ordinaire",
                        "Ancienne panne ordinaire",
                        "Panne peu pressée");
        assertThat(titles(open(), PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "priority"))))
                .containsExactly(
                        "Panne peu pressée",
                        "Récente panne ordinaire",
                        "Ancienne panne ordinaire",
                        "Récente panne urgente",
                        "Ancienne panne urgente");
    }

    @Test
    void aSecondPageContinuesAcrossPrioritiesAndCountsThemAll() {
        Page<String> second = page(open(), PageRequest.of(1, 2, Sort.by("priority")));
        assertThat(second.getContent()).containsExactly("Récente panne ordinaire", "Ancienne panne ordinaire");
        assertThat(second.getTotalElements()).isEqualTo(5);
        assertThat(page(open(), PageRequest.of(2, 2, Sort.by("priority"))).getContent())
                .containsExactly("Panne peu pressée");
    }

    @Test
    void wordsSortedByPriorityFollowThePositionsToo() {
        List<String> priorities = inTenant(() -> tickets
                .inOrder(search.findTickets(
                                TicketQuery.all(CustomerAccess.EVERYONE).withText("panne"),
                                PageRequest.of(0, 20, Sort.by("priority")))
                        .getContent())
                .stream()
                .map(Claim::priority)
                .toList());
        assertThat(priorities).containsExactly("high", "high", "high", "normal", "normal", "low");
    }

    private static TicketQuery open() {
        return TicketQuery.all(CustomerAccess.EVERYONE).withCategories(OPEN);
    }

    private List<String> titles(TicketQuery query, PageRequest request) {
        return page(query, request).getContent();
    }

    private Page<String> page(TicketQuery query, PageRequest request) {
        return inTenant(() -> {
            Page<TicketId> ids = search.findTickets(query, request);
            List<String> titles =
                    tickets.inOrder(ids.getContent()).stream().map(Claim::title).toList();
            return new PageImpl<>(titles, request, ids.getTotalElements());
        });
    }

    private void ticket(String title, String priority, Ticket.Category category, Customer customer, Instant at) {
        Claim ticket = new Claim(
                tickets.nextNumber(), title, category.name().toLowerCase(), priority, customer.id(), null, at);
        ticket.changeStatus(category.name().toLowerCase(), category, at);
        Claim saved = tickets.save(ticket);
        String text = SearchText.normalize(title);
        index.write(saved.id(), text, text);
    }

    private <T> T inTenant(Supplier<T> work) {
        return fixture.in(tenant, work);
    }
}
