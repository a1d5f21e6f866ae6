package guichet.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.search.TicketQuery;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.tickets.Ticket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The staff list's filters, as query parameters and as a search. */
class TicketFilterTest {

    private static final ZoneId TUNIS = ZoneId.of("Africa/Tunis");
    private static final UserId ME = new UserId(UUID.randomUUID());
    private static final UUID AGENCY = UUID.randomUUID();
    private static final UUID SERVICE = UUID.randomUUID();

    @Test
    void theFiltersBecomeASearchWithinTheUsersAccess() {
        TicketFilter filter = new TicketFilter();
        filter.setQ("  imprimante ");
        filter.setView("open");
        filter.setStatus("in_progress");
        filter.setAssignee("me");
        filter.setChannel("COUNTER");
        filter.setSite(AGENCY);
        filter.setProduct(SERVICE);
        filter.setOverdue(true);
        filter.setFrom(LocalDate.of(2026, 11, 1));
        filter.setTo(LocalDate.of(2026, 11, 30));
        Instant now = Instant.parse("2026-11-29T10:00:00Z");
        CustomerAccess rep = new CustomerAccess.SalesRep(ME);

        TicketQuery query = filter.toQuery(rep, ME, TUNIS, now);

        assertThat(query.text()).isEqualTo("imprimante");
        assertThat(query.access()).isEqualTo(rep);
        assertThat(query.categories())
                .containsExactlyInAnyOrder(Ticket.Category.NEW, Ticket.Category.IN_PROGRESS, Ticket.Category.WAITING);
        assertThat(query.statuses()).containsExactly("in_progress");
        assertThat(query.assignee()).isEqualTo(ME);
        assertThat(query.channel()).isEqualTo(Ticket.Channel.COUNTER);
        assertThat(query.site()).isEqualTo(new SiteId(AGENCY));
        assertThat(query.product()).isEqualTo(new ProductId(SERVICE));
        assertThat(query.overdueBefore()).isEqualTo(now);
        assertThat(query.createdFrom()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(query.createdBefore()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
    }

    @Test
    void unknownOrMalformedValuesFilterNothing() {
        TicketFilter filter = new TicketFilter();
        filter.setView("everything");
        filter.setAssignee("not-a-uuid");
        filter.setChannel("PIGEON");

        TicketQuery query = filter.toQuery(CustomerAccess.EVERYONE, ME, TUNIS, Instant.now());

        assertThat(query.categories()).isEmpty();
        assertThat(query.assignee()).isNull();
        assertThat(query.unassigned()).isFalse();
        assertThat(query.channel()).isNull();
        assertThat(filter.link("/claims")).doesNotContain("view=");
    }

    @Test
    void aFilterIsALinkSoThatItCanBeSavedAndShared() {
        TicketFilter filter = new TicketFilter();
        filter.setQ("débit lent");
        filter.setView("closed");
        filter.setAssignee("none");
        filter.setSite(AGENCY);
        filter.setProduct(SERVICE);

        assertThat(filter.link("/claims"))
                .isEqualTo(
                        "/claims?q=d%C3%A9bit%20lent&view=closed&assignee=none&site=" + AGENCY + "&product=" + SERVICE);
        assertThat(filter.toQuery(CustomerAccess.EVERYONE, ME, TUNIS, Instant.now())
                        .unassigned())
                .isTrue();
    }
}
