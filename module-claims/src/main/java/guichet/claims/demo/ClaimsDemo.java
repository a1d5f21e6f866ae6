package guichet.claims.demo;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.claims.desk.SlaClock;
import guichet.claims.desk.SlaClocks;
import guichet.claims.desk.Timeline;
import guichet.claims.desk.TimelineEntry;
import guichet.claims.search.TicketIndex;
import guichet.claims.settings.ClaimSettings;
import guichet.claims.settings.Labels;
import guichet.claims.settings.SlaPolicy;
import guichet.claims.settings.Status;
import guichet.claims.settings.StatusAgreement;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.modules.DemoContent;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.text.SearchText;
import guichet.platform.tickets.Ticket.Category;
import guichet.platform.tickets.Ticket.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Each demo tenant's claims as its own specification describes them: distrib's three statuses « ouvert → en cours de
 * traitement → résolu » (seed 004), agreeing with its « demande d'assistance », the statuses and branches of seed 002 for atlas and medina, the « demande client »
 * of poste (000), sav's and helpdesk's categories and canned replies (001, 003); and each demo tenant's tickets, with
 * their first message and SLA clock, for the customers and products platform core seeded. Runs after the customers
 * module's demo content. The tenant is created with its own noun: the default statuses' labels first agree with it
 * (« Ouvert » for sav's « ticket »), and each preset is worded to agree with it too.
 */
@Component
@Order(20)
class ClaimsDemo implements DemoContent {

    /** A ticket a demo customer (by e-mail address) opened on the portal about a product (by code). */
    private record DemoTicket(String title, String customerEmail, String productCode, String status, String priority) {}

    private static final Map<String, List<DemoTicket>> TICKETS = Map.of(
            "atlas",
            List.of(
                    new DemoTicket(
                            "Coupure fibre depuis ce matin", "amira.bensalah@example.tn", "FIB-100", "open", "high"),
                    new DemoTicket(
                            "Facture 4G incorrecte", "contact@sfaxlog.example.tn", "4G-KEY", "in_progress", "normal")),
            "medina",
            List.of(new DemoTicket("Débit internet très lent", "y.elamrani@example.ma", "ADSL-8", "open", "normal")),
            "poste",
            List.of(new DemoTicket(
                    "Reçu de paiement SBEE non imprimé par la borne",
                    "koffi.adjovi@example.bj",
                    "SRV-SBEE",
                    "open",
                    "normal")),
            "sav",
            List.of(new DemoTicket(
                    "Serveur S1 ne démarre plus", "sav@lemoine.example.fr", "ORG-SRV-01", "open", "high")),
            "helpdesk",
            List.of(
                    new DemoTicket(
                            "Appels entrants coupés après 30 secondes",
                            "accueil@cabinet-martin.example.fr",
                            "A6-TRUNK",
                            "open",
                            "high"),
                    new DemoTicket(
                            "Ajout d'un poste au standard", "julie.roux@example.fr", "A6-STD", "in_progress", "low")),
            "distrib",
            List.of(new DemoTicket(
                    "L'imprimante n'est plus reconnue", "claire.fontaine@example.fr", "PRN-L3250", "open", "normal")));

    private final ClaimSettings settings;
    private final StatusAgreement agreement;
    private final Claims tickets;
    private final Messages messages;
    private final Timeline timeline;
    private final SlaClocks clocks;
    private final Customers customers;
    private final Products products;
    private final TicketIndex index;
    private final Clock clock;

    ClaimsDemo(
            ClaimSettings settings,
            StatusAgreement agreement,
            Claims tickets,
            Messages messages,
            Timeline timeline,
            SlaClocks clocks,
            Customers customers,
            Products products,
            TicketIndex index,
            Clock clock) {
        this.settings = settings;
        this.agreement = agreement;
        this.tickets = tickets;
        this.messages = messages;
        this.timeline = timeline;
        this.clocks = clocks;
        this.customers = customers;
        this.products = products;
        this.index = index;
        this.clock = clock;
    }

    @Override
    public void seed(TenantProfile tenant) {
        if (!tenant.hasModule("claims")) {
            return;
        }
        agreement.agree();
        switch (tenant.slug()) {
            case "distrib" -> distrib();
            case "atlas", "medina" -> operator();
            case "poste" -> poste();
            case "helpdesk" -> helpdesk();
            case "sav" -> sav();
            default -> {}
        }
        settings.addHoliday(LocalDate.of(LocalDate.now(clock).getYear() + 1, 1, 1), "Jour de l'an");
        TICKETS.getOrDefault(tenant.slug(), List.of()).forEach(this::open);
    }

    /**
     * Seed 004: « ouvert », « en cours de traitement », « résolu », said of its « demande d'assistance »: feminine in
     * French (« Ouverte », « Résolue »), masculine in Arabic (طلب مساعدة). « Ouverte » is the default status, which
     * agrees by itself; a demand is an « assistance ».
     */
    private void distrib() {
        relabel("in_progress", "En cours de traitement", "Being handled", "قيد المعالجة", true);
        relabel("resolved", "Résolue", "Resolved", "تم حله", true);
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

    /**
     * Seed 000: the client's demand at the counter, about a kiosk service: a « demande client », feminine in French,
     * masculine in Arabic (طلب عميل).
     */
    private void poste() {
        relabel("open", "Enregistrée", "Recorded", "مسجل", true);
        relabel("in_progress", "En traitement", "Being handled", "قيد المعالجة", true);
        relabel("resolved", "Traitée", "Handled", "تمت معالجته", true);
        settings.addType("payment", new Labels("Paiement non abouti", "Failed payment", "دفع لم يكتمل"));
        settings.addType("receipt", new Labels("Reçu non délivré", "No receipt", "لم يصدر إيصال"));
        settings.addType("information", new Labels("Demande d'information", "Information", "طلب معلومات"));
    }

    /** Seed 003: « non traité, en cours ou clôturé », said of a « ticket »: masculine in French, feminine in Arabic (تذكرة). */
    private void helpdesk() {
        relabel("open", "Non traité", "Not handled", "لم تتم معالجتها", true);
        relabel("closed", "Clôturé", "Closed", "مغلقة", true);
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

    /** A demo ticket, opened on the portal by its customer, with his first message and the SLA clock. */
    private void open(DemoTicket seed) {
        Instant now = clock.instant();
        Customer customer = customers.findByEmail(seed.customerEmail()).getFirst();
        Product product = products.findByCode(seed.productCode()).orElseThrow();
        Status status = settings.status(seed.status())
                .map(s -> s.active() ? s : settings.enter(s.category()))
                .orElseThrow();
        String author = customer.displayName();
        Claim ticket = new Claim(
                tickets.nextNumber(), seed.title(), status.code(), seed.priority(), customer.id(), product.id(), now);
        ticket.changeStatus(status.code(), status.category(), now);
        ticket.openedThrough(Channel.PORTAL, null, null, null);
        ticket.touch(now, author);
        ticket.touchPublicly(now);
        ticket = tickets.save(ticket);
        Message first = messages.save(new Message(ticket.id(), false, false, null, author, ticket.title(), now));
        timeline.save(
                new TimelineEntry(ticket.id(), now, null, author, TimelineEntry.Action.OPENED, true).about(first));
        SlaPolicy policy = settings.policyFor(ticket.priority(), ticket.type().orElse(null));
        SlaClock sla = new SlaClock(ticket, policy.firstResponseMinutes(), policy.resolutionMinutes());
        sla.follow(ticket, settings.calendar(), now);
        clocks.save(sla);
        tickets.save(ticket);
        String text = SearchText.normalize(seed.title() + " " + author);
        index.write(ticket.id(), text, text);
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
