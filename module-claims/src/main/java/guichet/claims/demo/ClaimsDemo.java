package guichet.claims.demo;

import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.claims.desk.SlaClock;
import guichet.claims.desk.SlaClocks;
import guichet.claims.desk.Timeline;
import guichet.claims.desk.TimelineEntry;
import guichet.claims.settings.ClaimSettings;
import guichet.claims.settings.Labels;
import guichet.claims.settings.SlaPolicy;
import guichet.claims.settings.Status;
import guichet.platform.customers.Customers;
import guichet.platform.modules.DemoContent;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.tickets.Ticket;
import guichet.platform.tickets.Ticket.Category;
import guichet.platform.tickets.Tickets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Each demo tenant's claims as its own specification describes them: distrib's three statuses « ouvert → en cours de
 * traitement → résolu » (seed 004), the statuses and branches of seed 002 for atlas and medina, the « demande client »
 * of poste (000), sav's and helpdesk's categories and canned replies (001, 003); and the SLA clock and first message
 * of every demo ticket platform core seeded. Runs after the customers module's demo content.
 */
@Component
@Order(20)
class ClaimsDemo implements DemoContent {

    private final ClaimSettings settings;
    private final Tickets tickets;
    private final Messages messages;
    private final Timeline timeline;
    private final SlaClocks clocks;
    private final Customers customers;
    private final Clock clock;

    ClaimsDemo(
            ClaimSettings settings,
            Tickets tickets,
            Messages messages,
            Timeline timeline,
            SlaClocks clocks,
            Customers customers,
            Clock clock) {
        this.settings = settings;
        this.tickets = tickets;
        this.messages = messages;
        this.timeline = timeline;
        this.clocks = clocks;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public void seed(TenantProfile tenant) {
        if (!tenant.hasModule("claims")) {
            return;
        }
        switch (tenant.slug()) {
            case "distrib" -> distrib();
            case "atlas", "medina" -> operator();
            case "poste" -> poste();
            case "helpdesk" -> helpdesk();
            case "sav" -> sav();
            default -> {}
        }
        settings.addHoliday(LocalDate.of(LocalDate.now(clock).getYear() + 1, 1, 1), "Jour de l'an");
        existingTickets();
    }

    /** Seed 004: « ouvert », « en cours de traitement », « résolu »; a demand is an « assistance ». */
    private void distrib() {
        relabel("open", "Ouvert", "Open", "مفتوح", true);
        relabel("in_progress", "En cours de traitement", "Being handled", "قيد المعالجة", true);
        relabel("resolved", "Résolu", "Resolved", "تم الحل", true);
        retire("waiting");
        retire("closed");
        settings.changeType("incident", new Labels("Panne", "Breakdown", "عطل"), 2, true);
        settings.changeType("assistance", new Labels("Assistance", "Support", "مساعدة"), 1, true);
        settings.changeType("order", new Labels("Commande", "Order", "طلب شراء"), 3, false);
        settings.changeType("termination", new Labels("Résiliation", "Termination", "إنهاء"), 4, false);
        canned(
                "Demande de précision",
                "Bonjour {customer},\n\nPourriez-vous nous indiquer le numéro de série de"
                        + " l'appareil et le message d'erreur affiché ?\n\n{agent}, TechDistrib");
    }

    /** Seed 002: « Ouverte / En cours / Traitée / Fermée sans solution », branches technique, financière, relationnelle. */
    private void operator() {
        settings.addStatus(
                "closed_unsolved",
                Category.CLOSED,
                new Labels("Fermée sans solution", "Closed unsolved", "مغلقة دون حل"));
        settings.addType("technical", new Labels("Branche technique", "Technical", "الفرع التقني"));
        settings.addType("financial", new Labels("Branche financière", "Financial", "الفرع المالي"));
        settings.addType("relational", new Labels("Branche relationnelle", "Customer relations", "فرع العلاقات"));
        canned(
                "Accusé de réception",
                "Bonjour {customer},\n\nNous avons bien reçu votre réclamation {ticket} et la"
                        + " traitons dans les meilleurs délais.\n\n{agent}");
    }

    /** Seed 000: the client's demand at the counter, about a kiosk service. */
    private void poste() {
        relabel("open", "Enregistrée", "Recorded", "مسجلة", true);
        relabel("in_progress", "En traitement", "Being handled", "قيد المعالجة", true);
        relabel("resolved", "Traitée", "Handled", "تمت معالجتها", true);
        settings.addType("payment", new Labels("Paiement non abouti", "Failed payment", "دفع لم يكتمل"));
        settings.addType("receipt", new Labels("Reçu non délivré", "No receipt", "لم يصدر إيصال"));
        settings.addType("information", new Labels("Demande d'information", "Information", "طلب معلومات"));
    }

    /** Seed 003: « non traité, en cours ou clôturé ». */
    private void helpdesk() {
        relabel("open", "Non traité", "Not handled", "لم تتم معالجته", true);
        relabel("closed", "Clôturé", "Closed", "مغلق", true);
        settings.target("high", null, 30, 4 * 60);
        canned(
                "Prise en charge",
                "Bonjour {customer},\n\nVotre ticket {ticket} « {title} » est pris en charge par"
                        + " {agent}.\n\nCordialement,\nA6 Telecom");
        canned(
                "Clôture",
                "Bonjour {customer},\n\nL'incident est résolu ; nous clôturons le ticket {ticket}. Il peut"
                        + " être rouvert à tout moment.\n\nA6 Telecom");
    }

    /** Seed 001: Origyne's after-sales service, GTR in four hours for a high priority. */
    private void sav() {
        settings.target("high", null, 60, 4 * 60);
        canned(
                "Réponse standard",
                "Bonjour {customer},\n\nMerci pour votre message concernant le ticket {ticket}."
                        + " Un technicien revient vers vous rapidement.\n\n{agent}, SAV Origyne");
    }

    /** The demo tickets platform core seeded get the customer's first message and an SLA clock. */
    private void existingTickets() {
        for (Ticket ticket : tickets.findAll(Pageable.ofSize(100))) {
            String author = ticket.customer()
                    .flatMap(customers::find)
                    .map(c -> c.displayName())
                    .orElse("—");
            Message first = messages.save(
                    new Message(ticket.id(), false, false, null, author, ticket.title(), ticket.createdAt()));
            TimelineEntry opened = new TimelineEntry(
                            ticket.id(), ticket.createdAt(), null, author, TimelineEntry.Action.OPENED, true)
                    .about(first);
            timeline.save(opened);
            Status status = settings.status(ticket.status())
                    .filter(Status::active)
                    .orElseGet(() -> settings.enter(ticket.category()));
            ticket.changeStatus(status.code(), status.category(), ticket.createdAt());
            ticket.touch(ticket.createdAt(), author);
            SlaPolicy policy =
                    settings.policyFor(ticket.priority(), ticket.type().orElse(null));
            SlaClock sla = new SlaClock(ticket, policy.firstResponseMinutes(), policy.resolutionMinutes());
            sla.follow(ticket, settings.calendar(), clock.instant());
            clocks.save(sla);
            tickets.save(ticket);
        }
    }

    private void relabel(String code, String fr, String en, String ar, boolean byDefault) {
        Status status = settings.status(code).orElseThrow();
        settings.changeStatus(code, new Labels(fr, en, ar), status.category(), status.position(), byDefault, true);
    }

    private void retire(String code) {
        Status status = settings.status(code).orElseThrow();
        settings.changeStatus(code, status.labels(), status.category(), status.position(), false, false);
    }

    private void canned(String title, String body) {
        settings.addCannedReply(title, body);
    }
}
