package guichet.claims.demo;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.claims.desk.Timeline;
import guichet.claims.desk.TimelineEntry;
import guichet.claims.search.TicketIndex;
import guichet.claims.settings.ClaimSettings;
import guichet.claims.settings.Status;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.modules.DemoContent;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.text.SearchText;
import guichet.platform.tickets.Ticket.Category;
import guichet.platform.tickets.Ticket.Channel;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * A history of handled tickets where a demo tenant's statistics need one to show something from the first visit: La
 * Poste's demands of the last ten weeks at its agencies' counters (seed 000: by service, agency and period), the
 * helpdesk's tickets by user and customer (seed 003). Every one is resolved; the same seed always gives the same
 * history.
 */
@Component
@Order(25)
class ClaimsHistoryDemo implements DemoContent {

    /** Demands recorded over the history. */
    static final int DEMANDS = 48;

    private static final int DAYS = 70;

    private static final List<String> TITLES = List.of(
            "Paiement non confirmé par la borne",
            "Reçu non imprimé",
            "Montant débité deux fois",
            "Demande d'information sur le service");

    private static final List<String> TYPES = List.of("payment", "receipt", "payment", "information");

    private final ClaimSettings settings;
    private final Claims tickets;
    private final Messages messages;
    private final Timeline timeline;
    private final Customers customers;
    private final Products products;
    private final Sites sites;
    private final Users users;
    private final TicketIndex index;
    private final Clock clock;

    ClaimsHistoryDemo(
            ClaimSettings settings,
            Claims tickets,
            Messages messages,
            Timeline timeline,
            Customers customers,
            Products products,
            Sites sites,
            Users users,
            TicketIndex index,
            Clock clock) {
        this.settings = settings;
        this.tickets = tickets;
        this.messages = messages;
        this.timeline = timeline;
        this.customers = customers;
        this.products = products;
        this.sites = sites;
        this.users = users;
        this.index = index;
        this.clock = clock;
    }

    @Override
    public void seed(TenantProfile tenant) {
        if (tenant.hasModule("claims")) {
            switch (tenant.slug()) {
                case "poste" -> poste();
                case "helpdesk" -> helpdesk();
                default -> {}
            }
        }
    }

    /** Seed 000: demands recorded at the agencies' counters by their agents, about the kiosks' services. */
    private void poste() {
        List<Product> services =
                products.findAll(PageRequest.of(0, 50, Sort.by("code"))).getContent();
        List<Site> agencies = sites.findByActiveTrue(Sort.by("name"));
        List<Customer> clients =
                customers.findAll(PageRequest.of(0, 50, Sort.by("number"))).getContent();
        List<User> agents = users.findActiveWithRole("agent");
        Random random = new Random(2026);
        for (int i = 0; i < DEMANDS; i++) {
            // More demands about the first service and at the first agency, so that the figures rank them.
            Product service = services.get(Math.min(random.nextInt(services.size() + 1), services.size() - 1));
            Site agency = agencies.get(Math.min(random.nextInt(agencies.size() + 1), agencies.size() - 1));
            int kind = random.nextInt(TITLES.size());
            Instant opened = clock.instant()
                    .minus(Duration.ofDays(3 + random.nextInt(DAYS - 3)))
                    .minus(Duration.ofMinutes(random.nextInt(8 * 60)));
            record(
                    TITLES.get(kind),
                    clients.get(random.nextInt(clients.size())),
                    service,
                    agency,
                    TYPES.get(kind),
                    Channel.COUNTER,
                    agents.get(random.nextInt(agents.size())),
                    opened,
                    Duration.ofHours(2 + random.nextInt(46)));
        }
    }

    /**
     * Seed 003's « nombre de demandes soumises par utilisateur » and « délai moyen de résolution par client »: the
     * Cabinet Martin's portal account submits four tickets, each resolved within hours; the agent records three for
     * Julie Roux by phone, resolved in a day or more.
     */
    private void helpdesk() {
        Customer martin =
                customers.findByEmail("accueil@cabinet-martin.example.fr").getFirst();
        Customer julie = customers.findByEmail("julie.roux@example.fr").getFirst();
        User portal = users.findByCustomerId(martin.id().value()).getFirst();
        User agent = users.findActiveWithRole("agent").getFirst();
        Product trunk = products.findByCode("A6-TRUNK").orElseThrow();
        Product switchboard = products.findByCode("A6-STD").orElseThrow();
        Instant now = clock.instant();
        for (int i = 0; i < 4; i++) {
            record(
                    i % 2 == 0 ? "Appels sortants impossibles" : "Renvoi d'appel à modifier",
                    martin,
                    i % 2 == 0 ? trunk : switchboard,
                    null,
                    "incident",
                    Channel.PORTAL,
                    portal,
                    now.minus(Duration.ofDays(6 + 9 * i)),
                    Duration.ofHours(3 + 2 * i));
        }
        for (int i = 0; i < 3; i++) {
            record(
                    "Poste sans tonalité",
                    julie,
                    switchboard,
                    null,
                    "incident",
                    Channel.STAFF,
                    agent,
                    now.minus(Duration.ofDays(10 + 12 * i)),
                    Duration.ofHours(20 + 10 * i));
        }
    }

    /** A ticket opened by someone at a moment of the past and resolved after a while, with its first message. */
    private void record(
            String title,
            Customer customer,
            Product product,
            @Nullable Site site,
            String type,
            Channel channel,
            User author,
            Instant opened,
            Duration handling) {
        Status handled = settings.enter(Category.RESOLVED);
        Claim ticket = new Claim(
                tickets.nextNumber(),
                title,
                handled.code(),
                settings.defaultPriority().code(),
                customer.id(),
                product.id(),
                opened);
        ticket.openedThrough(channel, author.id(), null, null);
        ticket.recordedAt(site == null ? null : site.id());
        if (settings.type(type).isPresent()) {
            ticket.changeType(type, opened);
        }
        Instant done = opened.plus(handling);
        ticket.changeStatus(handled.code(), handled.category(), done);
        ticket.touch(done, author.displayName());
        ticket.touchPublicly(done);
        ticket = tickets.save(ticket);
        boolean staff = author.customer().isEmpty();
        Message first =
                messages.save(new Message(ticket.id(), false, staff, author.id(), author.displayName(), title, opened));
        timeline.save(new TimelineEntry(
                        ticket.id(), opened, author.id(), author.displayName(), TimelineEntry.Action.OPENED, true)
                .about(first));
        String text = SearchText.normalize(title + " " + customer.displayName());
        index.write(ticket.id(), text, text);
    }
}
