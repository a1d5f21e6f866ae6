package guichet.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Message;
import guichet.claims.desk.TimelineEntry;
import guichet.claims.search.TicketQuery;
import guichet.claims.settings.ClaimSettings;
import guichet.claims.settings.Status;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.history.Interactions;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.tickets.Ticket;
import guichet.platform.tickets.Ticket.Category;
import guichet.platform.users.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;

/** The service desk's lifecycle rules (seeds 000, 001, 003, 004) on the real database. */
@GuichetTest
@Import(ClaimsFixture.class)
class ServiceDeskTest {

    @Autowired
    ClaimsFixture fixture;

    @Autowired
    ServiceDesk desk;

    @Autowired
    TicketEditing editing;

    @Autowired
    TicketReading reading;

    @Autowired
    ClaimSettings settings;

    @Autowired
    DeskWatch watch;

    @Autowired
    Interactions interactions;

    @Test
    void aNewTicketTakesTheDefaultStatusPriorityAndDeadlines() {
        TenantProfile tenant = fixture.tenant("desk");
        Customer claire = fixture.customer(tenant, "Fontaine");
        Claim ticket = fixture.portalTicket(tenant, claire, "Imprimante non reconnue", "Depuis la mise à jour.");

        assertThat(ticket.number()).startsWith("T-");
        assertThat(ticket.status()).isEqualTo("open");
        assertThat(ticket.category()).isEqualTo(Category.NEW);
        assertThat(ticket.priority()).isEqualTo("normal");
        assertThat(ticket.channel()).isEqualTo(Ticket.Channel.PORTAL);
        assertThat(ticket.firstResponseDueAt()).isPresent();
        assertThat(ticket.resolutionDueAt())
                .get()
                .matches(due -> due.isAfter(ticket.firstResponseDueAt().get()));
        assertThat(fixture.found(tenant, TicketQuery.all(CustomerAccess.EVERYONE), "imprimante fontaine"))
                .containsExactly(ticket.number());
        assertThat(fixture.found(tenant, TicketQuery.all(CustomerAccess.EVERYONE), "depuis la mise à jour"))
                .containsExactly(ticket.number());
    }

    @Test
    void aStaffReplyMovesANewTicketInProgressAndRecordsWhoWroteIt() {
        TenantProfile tenant = fixture.tenant("reply");
        Customer customer = fixture.customer(tenant, "Martin");
        User agent = fixture.staff(tenant, "Dupont");
        Claim ticket = fixture.portalTicket(tenant, customer, "Coupure", "Plus de ligne.");

        Message reply = fixture.in(tenant, () -> desk.reply(ticket, "Nous regardons.", fixture.actor(agent)));

        Claim after = fixture.reload(tenant, ticket);
        assertThat(after.category()).isEqualTo(Category.IN_PROGRESS);
        assertThat(after.firstRespondedAt()).isPresent();
        assertThat(after.awaitingCustomer()).isTrue();
        assertThat(after.lastActivityBy()).contains("Agent Dupont");
        assertThat(reply.authorName()).isEqualTo("Agent Dupont");
        assertThat(reply.author()).contains(agent.id());
    }

    @Test
    void aRequestForPrecisionWaitsOnTheCustomerAndPausesTheClockUntilHeAnswers() {
        TenantProfile tenant = fixture.tenant("precision");
        Customer customer = fixture.customer(tenant, "Roux");
        User agent = fixture.staff(tenant, "Tech");
        Claim ticket = fixture.portalTicket(tenant, customer, "Routeur", "Il clignote.");

        fixture.in(tenant, () -> desk.askPrecision(ticket, "Quel voyant ?", fixture.actor(agent)));
        Claim waiting = fixture.reload(tenant, ticket);
        assertThat(waiting.category()).isEqualTo(Category.WAITING);
        assertThat(waiting.awaitingCustomer()).isTrue();
        assertThat(fixture.in(
                        tenant,
                        () -> reading.view(waiting, true).sla().orElseThrow().paused()))
                .isTrue();
        assertThat(fixture.in(
                        tenant,
                        () -> reading.count(
                                TicketQuery.all(CustomerAccess.EVERYONE).withAwaitingCustomer(true))))
                .isEqualTo(1);

        fixture.in(tenant, () -> desk.reply(waiting, "Le voyant rouge.", fixture.customerActor(customer)));
        Claim answered = fixture.reload(tenant, ticket);
        assertThat(answered.category()).isEqualTo(Category.IN_PROGRESS);
        assertThat(answered.awaitingCustomer()).isFalse();
        assertThat(fixture.in(
                        tenant,
                        () -> reading.view(answered, true).sla().orElseThrow().paused()))
                .isFalse();
        assertThat(answered.resolutionDueAt().orElseThrow())
                .isAfterOrEqualTo(waiting.resolutionDueAt().orElseThrow());
    }

    @Test
    void withoutAWaitingStatusAPrecisionKeepsTheTicketInProgressAwaitingTheCustomer() {
        TenantProfile tenant = fixture.tenant("distribish");
        fixture.in(tenant, () -> {
            Status waiting = settings.status("waiting").orElseThrow();
            settings.changeStatus("waiting", waiting.labels(), waiting.category(), waiting.position(), false, false);
            return null;
        });
        Customer customer = fixture.customer(tenant, "Fontaine");
        User agent = fixture.staff(tenant, "Tech");
        Claim ticket = fixture.portalTicket(tenant, customer, "Imprimante", "Ne s'allume plus.");

        fixture.in(tenant, () -> desk.askPrecision(ticket, "Numéro de série ?", fixture.actor(agent)));

        Claim after = fixture.reload(tenant, ticket);
        assertThat(after.status()).isEqualTo("in_progress");
        assertThat(after.awaitingCustomer()).isTrue();
    }

    @Test
    void aCustomerReplyReopensAResolvedTicketAndClosedOnesCanBeReopened() {
        TenantProfile tenant = fixture.tenant("reopen");
        Customer customer = fixture.customer(tenant, "Lemoine");
        User admin = fixture.staff(tenant, "Admin");
        Claim ticket = fixture.portalTicket(tenant, customer, "Serveur S1", "Ne démarre plus.");

        fixture.in(tenant, () -> {
            desk.resolve(ticket, fixture.actor(admin));
            return null;
        });
        Claim resolved = fixture.reload(tenant, ticket);
        assertThat(resolved.category()).isEqualTo(Category.RESOLVED);
        assertThat(resolved.resolvedAt()).isPresent();

        fixture.in(tenant, () -> desk.reply(resolved, "Le problème est revenu.", fixture.customerActor(customer)));
        assertThat(fixture.reload(tenant, ticket).category()).isEqualTo(Category.IN_PROGRESS);

        fixture.in(tenant, () -> {
            desk.close(ticket, fixture.actor(admin));
            return null;
        });
        Claim closed = fixture.reload(tenant, ticket);
        assertThat(closed.category()).isEqualTo(Category.CLOSED);
        assertThat(closed.closedAt()).isPresent();
        fixture.in(tenant, () -> {
            desk.reopen(closed, fixture.actor(admin));
            return null;
        });
        Claim reopened = fixture.reload(tenant, ticket);
        assertThat(reopened.isOpen()).isTrue();
        assertThat(reopened.closedAt()).isEmpty();
        assertThatThrownBy(() -> fixture.in(tenant, () -> {
                    desk.reopen(reopened, fixture.actor(admin));
                    return null;
                }))
                .isInstanceOf(TicketRejected.class);
    }

    @Test
    void aCancelledDemandStaysInTheHistoryWithItsReason() {
        TenantProfile tenant = fixture.tenant("cancel");
        Customer customer = fixture.customer(tenant, "Adjovi");
        User agent = fixture.staff(tenant, "Guichet");
        Claim ticket = fixture.portalTicket(tenant, customer, "Reçu SBEE", "Pas de reçu.");

        fixture.in(tenant, () -> {
            desk.cancel(ticket, "Doublon de la demande précédente", fixture.actor(agent));
            return null;
        });

        Claim cancelled = fixture.reload(tenant, ticket);
        assertThat(cancelled.status()).isEqualTo("cancelled");
        assertThat(cancelled.category()).isEqualTo(Category.CLOSED);
        List<TimelineEntry> timeline =
                fixture.in(tenant, () -> reading.view(cancelled, true).timeline());
        assertThat(timeline)
                .extracting(TimelineEntry::action)
                .contains(TimelineEntry.Action.OPENED, TimelineEntry.Action.CANCELLED);
        assertThat(timeline)
                .filteredOn(e -> e.action() == TimelineEntry.Action.CANCELLED)
                .extracting(TimelineEntry::toValue)
                .containsExactly("Doublon de la demande précédente");
        assertThat(fixture.in(
                        tenant,
                        () -> reading.page(TicketQuery.all(CustomerAccess.EVERYONE), Pageable.ofSize(10))
                                .getContent()))
                .extracting(Claim::number)
                .contains(ticket.number());
    }

    @Test
    void hiddenNotesAndInternalActionsStayOutOfTheCustomersView() {
        TenantProfile tenant = fixture.tenant("notes");
        Customer customer = fixture.customer(tenant, "Cabinet");
        User agent = fixture.staff(tenant, "Tech");
        User other = fixture.staff(tenant, "Second");
        Claim ticket = fixture.portalTicket(tenant, customer, "Appels coupés", "Après 30 secondes.");

        fixture.in(tenant, () -> desk.note(ticket, "Client à rappeler : problème opérateur", fixture.actor(agent)));
        fixture.in(tenant, () -> {
            editing.assign(ticket, List.of(agent.id(), other.id()), fixture.actor(agent));
            return null;
        });
        fixture.in(tenant, () -> desk.reply(ticket, "Nous analysons les traces.", fixture.actor(agent)));

        TicketReading.TicketView staff = fixture.in(tenant, () -> reading.view(ticket, true));
        TicketReading.TicketView customers = fixture.in(tenant, () -> reading.view(ticket, false));
        assertThat(staff.messages()).extracting(Message::body).contains("Client à rappeler : problème opérateur");
        assertThat(customers.messages())
                .extracting(Message::body)
                .containsExactly("Après 30 secondes.", "Nous analysons les traces.");
        assertThat(customers.timeline())
                .extracting(TimelineEntry::action)
                .doesNotContain(TimelineEntry.Action.NOTED, TimelineEntry.Action.ASSIGNED);
        assertThat(fixture.reload(tenant, ticket).assigneeNames()).contains("Agent Tech, Agent Second");
    }

    @Test
    void everyFieldChangeIsRecordedFromToAndAPriorityChangeMovesTheDeadline() {
        TenantProfile tenant = fixture.tenant("fields");
        Customer customer = fixture.customer(tenant, "Trabelsi");
        User agent = fixture.staff(tenant, "Tech");
        Claim ticket = fixture.portalTicket(tenant, customer, "Facture", "Montant incorrect.");
        Instant before = ticket.resolutionDueAt().orElseThrow();

        fixture.in(tenant, () -> {
            editing.edit(ticket, "Facture 4G incorrecte", "incident", "high", null, fixture.actor(agent));
            return null;
        });

        Claim after = fixture.reload(tenant, ticket);
        assertThat(after.title()).isEqualTo("Facture 4G incorrecte");
        assertThat(after.type()).contains("incident");
        assertThat(after.priority()).isEqualTo("high");
        assertThat(after.resolutionDueAt().orElseThrow()).isBefore(before);
        List<TimelineEntry> changes = fixture
                .in(tenant, () -> reading.view(after, true).timeline())
                .stream()
                .filter(e -> e.action() == TimelineEntry.Action.CHANGED)
                .toList();
        assertThat(changes)
                .extracting(TimelineEntry::field, TimelineEntry::fromValue, TimelineEntry::toValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("title", "Facture", "Facture 4G incorrecte"),
                        org.assertj.core.groups.Tuple.tuple("type", null, "incident"),
                        org.assertj.core.groups.Tuple.tuple("priority", "normal", "high"));
        assertThat(changes).allMatch(e -> e.actorName().equals("Agent Tech"));
    }

    @Test
    void aTicketFromAnUnknownSenderGetsTheRightCustomerAttachedLater() {
        TenantProfile tenant = fixture.tenant("email");
        Customer customer = fixture.customer(tenant, "Martin");
        User agent = fixture.staff(tenant, "Tech");

        Claim ticket = fixture.in(
                tenant,
                () -> desk.openFromEmail(
                        "Plus de tonalité", "Bonjour, plus de tonalité.", null, "inconnu@example.fr", "M. Inconnu"));
        assertThat(ticket.channel()).isEqualTo(Ticket.Channel.EMAIL);
        assertThat(ticket.customer()).isEmpty();
        assertThat(ticket.authorEmail()).contains("inconnu@example.fr");

        fixture.in(tenant, () -> desk.addInboundMessage(ticket, "Toujours rien.", "inconnu@example.fr", null));
        fixture.in(tenant, () -> {
            editing.attachCustomer(ticket, customer.id(), fixture.actor(agent));
            return null;
        });

        Claim attached = fixture.reload(tenant, ticket);
        assertThat(attached.customer()).contains(customer.id());
        assertThat(attached.customerName()).contains("Client Martin");
        assertThat(fixture.in(tenant, () -> reading.view(attached, true).messages()))
                .extracting(Message::authorName)
                .containsExactly("M. Inconnu", "inconnu@example.fr");
    }

    @Test
    void theWatchMarksWarningsAndBreachesAndSendsDueReminders() {
        TenantProfile tenant = fixture.tenant("watch");
        Customer customer = fixture.customer(tenant, "Ben Salah");
        User agent = fixture.staff(tenant, "Tech");
        Claim ticket = fixture.portalTicket(tenant, customer, "Coupure fibre", "Depuis ce matin.");
        fixture.in(
                tenant,
                () -> editing.remind(
                        ticket, Instant.now().plus(Duration.ofMinutes(5)), "GTR 4 h", fixture.actor(agent)));

        Instant muchLater = ticket.resolutionDueAt().orElseThrow().plus(Duration.ofDays(1));
        int marked = fixture.in(tenant, () -> watch.sweep(muchLater));

        assertThat(marked).isGreaterThanOrEqualTo(3);
        TicketReading.TicketView view = fixture.in(tenant, () -> reading.view(ticket, true));
        assertThat(view.sla().orElseThrow().warned()).isTrue();
        assertThat(view.sla().orElseThrow().breached()).isTrue();
        assertThat(view.reminders()).allMatch(r -> !r.pending());
        assertThat(view.timeline())
                .extracting(TimelineEntry::action)
                .contains(
                        TimelineEntry.Action.SLA_WARNING,
                        TimelineEntry.Action.SLA_BREACHED,
                        TimelineEntry.Action.REMINDED);
        assertThat(fixture.in(tenant, () -> watch.sweep(muchLater))).isZero();
        assertThat(fixture.in(
                        tenant,
                        () -> reading.count(
                                TicketQuery.all(CustomerAccess.EVERYONE).withOverdueBefore(muchLater))))
                .isEqualTo(1);
    }

    @Test
    void ticketActionsGoToTheTenantsInteractionHistory() {
        TenantProfile tenant = fixture.tenant("history");
        Customer customer = fixture.customer(tenant, "Dossou");
        Claim ticket = fixture.portalTicket(tenant, customer, "Mandat", "Mandat non reçu.");

        List<String> recorded = fixture.in(
                tenant,
                () -> interactions
                        .search(null, null, null, null, Pageable.ofSize(50))
                        .map(i -> i.action() + " " + i.summary())
                        .getContent());

        assertThat(recorded).anyMatch(line -> line.startsWith("TICKET_OPENED " + ticket.number()));
    }

    @Test
    void resolvedTicketsLikeADraftAreSuggestedWithTheirResolution() {
        TenantProfile tenant = fixture.tenant("similar");
        Customer customer = fixture.customer(tenant, "Bennani");
        User agent = fixture.staff(tenant, "Tech");
        Claim old = fixture.portalTicket(tenant, customer, "Débit internet très lent", "Le soir surtout.");
        fixture.in(tenant, () -> desk.reply(old, "Changement du filtre ADSL : résolu.", fixture.actor(agent)));
        fixture.in(tenant, () -> {
            desk.resolve(old, fixture.actor(agent));
            return null;
        });

        List<TicketReading.Similar> similar =
                fixture.in(tenant, () -> reading.similar("debit tres lent le soir", CustomerAccess.EVERYONE, 5));

        assertThat(similar).extracting(s -> s.ticket().number()).containsExactly(old.number());
        assertThat(similar.getFirst().resolution()).contains("Changement du filtre ADSL : résolu.");
    }
}
