package guichet.claims.figures;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.claims.ClaimsFixture;
import guichet.claims.ServiceDesk;
import guichet.claims.TicketEditing;
import guichet.claims.desk.Claim;
import guichet.claims.settings.ClaimSettings;
import guichet.platform.customers.Customer;
import guichet.platform.figures.Fact;
import guichet.platform.figures.FactsRecorded;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.ShiftedClock;
import guichet.platform.users.User;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The facts of how tickets are followed up (issue 17), on the real database: the staff's first public answer counts
 * once, in business hours, for who answered; a resolution counts for the agent assigned; a reopening counts for the
 * ticket's type and agent; and a rebuild ({@code replay}) makes the same facts of the tables as the changes did.
 */
@GuichetTest
@Import(ClaimsFixture.class)
@RecordApplicationEvents
class ClaimFiguresTest {

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    ServiceDesk desk;

    @Autowired
    TicketEditing editing;

    @Autowired
    ClaimSettings settings;

    @Autowired
    ClaimFigures figures;

    @Autowired
    ShiftedClock clock;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theFirstAnswerAResolutionAndAReopeningAreCountedInBusinessHoursForTheirAgentAsARebuildCountsThem() {
        TenantProfile tenant = fixture.tenant("figfu");
        Customer customer = fixture.customer(tenant, "Haddad");
        User dupont = fixture.staff(tenant, "Dupont");
        User martin = fixture.staff(tenant, "Martin");
        ZoneId zone = fixture.in(tenant, () -> {
            for (DayOfWeek day : List.of(
                    DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                settings.openOn(day, List.<int[]>of(new int[] {9 * 60, 17 * 60}));
            }
            return settings.calendar().zone();
        });

        // Opened on a Friday at 16:00, first answered on Monday at 10:00 (and a second, so that the milliseconds the
        // opening took never round it down): 2 business hours, not 66.
        clock.setTo(LocalDateTime.of(2026, 11, 27, 16, 0).atZone(zone).toInstant());
        Claim first = fixture.portalTicket(tenant, customer, "Facture en double", "Deux prélèvements.");
        fixture.in(tenant, () -> {
            editing.assign(first, List.of(dupont.id()), fixture.actor(dupont));
            return null;
        });
        clock.setTo(LocalDateTime.of(2026, 11, 30, 10, 0, 1).atZone(zone).toInstant());
        fixture.in(tenant, () -> desk.reply(first, "Nous vérifions.", fixture.actor(dupont)));

        assertThat(live(ClaimFigures.FIRST_RESPONSE)).singleElement().satisfies(fact -> {
            assertThat(fact.value()).isEqualTo(2 * 3600);
            assertThat(fact.customer()).isEqualTo(customer.id().value());
            assertThat(fact.members())
                    .containsEntry("agent", dupont.id().value().toString())
                    .containsEntry("priority", "normal")
                    .doesNotContainKey("customer");
        });

        // A second answer, by another agent, and a request for precision are no first response.
        clock.advance(Duration.ofHours(1));
        fixture.in(tenant, () -> desk.reply(first, "C'est corrigé.", fixture.actor(martin)));
        fixture.in(tenant, () -> desk.askPrecision(first, "Le voyez-vous ?", fixture.actor(martin)));
        assertThat(live(ClaimFigures.FIRST_RESPONSE)).hasSize(1);

        // Resolved at 12:00: 4 business hours since the opening, counted for the agent assigned, as its SLA is.
        clock.advance(Duration.ofHours(1));
        fixture.in(tenant, () -> {
            desk.resolve(first, fixture.actor(martin));
            return null;
        });
        assertThat(live(ClaimFigures.RESOLVED)).singleElement().satisfies(fact -> {
            assertThat(fact.value()).isEqualTo(4 * 3600);
            assertThat(fact.members())
                    .containsEntry("agent", dupont.id().value().toString());
        });

        assertThat(live(ClaimFigures.SLA_MET))
                .singleElement()
                .satisfies(fact -> assertThat(fact.members())
                        .containsEntry("agent", dupont.id().value().toString()));

        // Another ticket, answered by Martin and assigned to him, resolved, then reopened by the customer's answer.
        Claim second = fixture.portalTicket(tenant, customer, "Débit faible", "Le soir surtout.");
        fixture.in(tenant, () -> {
            editing.assign(second, List.of(martin.id()), fixture.actor(martin));
            desk.reply(second, "Redémarrez la box.", fixture.actor(martin));
            desk.resolve(second, fixture.actor(martin));
            return null;
        });
        assertThat(live(ClaimFigures.REOPENED)).isEmpty();
        clock.advance(Duration.ofMinutes(30));
        fixture.in(tenant, () -> desk.reply(second, "Toujours lent.", fixture.customerActor(customer)));

        assertThat(live(ClaimFigures.FIRST_RESPONSE))
                .extracting(fact -> fact.members().get("agent"))
                .containsExactlyInAnyOrder(
                        dupont.id().value().toString(), martin.id().value().toString());
        List<Fact> reopened = live(ClaimFigures.REOPENED);
        assertThat(reopened).singleElement().satisfies(fact -> {
            assertThat(fact.value()).isEqualTo(1);
            assertThat(fact.customer()).isEqualTo(customer.id().value());
            assertThat(fact.members())
                    .isEqualTo(Map.of("agent", martin.id().value().toString(), "priority", "normal"));
        });

        // The rebuild reads the same facts from the tables; the reopened ticket's earlier resolution is no more.
        List<Fact> replayed = fixture.in(tenant, () -> {
            List<Fact> all = new ArrayList<>();
            figures.replay(all::add);
            return all;
        });
        assertThat(of(replayed, ClaimFigures.FIRST_RESPONSE))
                .containsExactlyInAnyOrderElementsOf(live(ClaimFigures.FIRST_RESPONSE));
        assertThat(of(replayed, ClaimFigures.REOPENED)).containsExactlyElementsOf(reopened);
        assertThat(live(ClaimFigures.RESOLVED)).hasSize(2);
        assertThat(of(replayed, ClaimFigures.RESOLVED))
                .containsExactly(live(ClaimFigures.RESOLVED).getFirst());

        // An agent's resolutions open the list of the closed tickets assigned to him; no list shows reopenings.
        LocalDate day = LocalDate.of(2026, 11, 30);
        assertThat(figures.drill(
                        ClaimFigures.RESOLVED,
                        "agent",
                        Optional.of(dupont.id().value().toString()),
                        day,
                        day))
                .contains("/claims?assignee=" + dupont.id().value() + "&view=closed");
        assertThat(figures.drill(ClaimFigures.REOPENED, "type", Optional.empty(), day, day))
                .isEmpty();
    }

    /** The facts of a measure the changes recorded so far, in order. */
    private List<Fact> live(String measure) {
        return of(
                events.stream(FactsRecorded.class)
                        .flatMap(recorded -> recorded.facts().stream())
                        .toList(),
                measure);
    }

    private static List<Fact> of(List<Fact> facts, String measure) {
        return facts.stream().filter(fact -> fact.measure().equals(measure)).toList();
    }
}
