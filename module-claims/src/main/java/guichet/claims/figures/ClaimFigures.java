package guichet.claims.figures;

import guichet.claims.ClaimsModule;
import guichet.claims.TicketAnswered;
import guichet.claims.TicketOpened;
import guichet.claims.TicketRated;
import guichet.claims.TicketStatusChanged;
import guichet.claims.settings.Choice;
import guichet.claims.settings.ClaimSettings;
import guichet.claims.sla.BusinessCalendar;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.figures.Chart;
import guichet.platform.figures.Fact;
import guichet.platform.figures.FactsRecorded;
import guichet.platform.figures.FigureSource;
import guichet.platform.figures.Measure;
import guichet.platform.figures.Measure.Aggregate;
import guichet.platform.figures.Measure.Dimension;
import guichet.platform.figures.Measure.Direction;
import guichet.platform.figures.Members;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tickets.Ticket;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The claims module's figures: tickets opened (by service or product, agency, type, priority, channel, author and
 * customer), first answered (the mean business time from opening to the staff's first public answer, by the agent who
 * answered, type, priority, agency and product), resolved (the mean business time from opening to resolution, in the
 * tenant's opening hours and without its holidays, by customer, type, service, agency and the agent assigned; both
 * with their median and 90th percentile), resolved within their SLA, reopened (by type, product, priority, agency and
 * the agent assigned) and rated (the mean satisfaction by agent and type). Each is recorded as a fact in the
 * transaction of the change; a rebuild reads them again from the tickets as they stand ({@link TicketRow}) and from
 * their messages and timelines ({@link FollowUpFacts}).
 */
@Component
class ClaimFigures implements FigureSource {

    static final String OPENED = "claims.opened";
    static final String RESOLVED = "claims.resolved";
    static final String RATED = "claims.rated";
    static final String SLA_MET = "claims.sla-met";
    static final String FIRST_RESPONSE = "claims.first-response";
    static final String REOPENED = "claims.reopened";

    private static final Dimension PRODUCT = new Dimension("product", "claims.figures.dimension.product", true);
    private static final Dimension SITE = new Dimension("site", "claims.figures.dimension.site", true);
    private static final Dimension TYPE = new Dimension("type", "claims.figures.dimension.type", true);
    private static final Dimension PRIORITY = new Dimension("priority", "claims.figures.dimension.priority", true);
    private static final Dimension CHANNEL = new Dimension("channel", "claims.figures.dimension.channel", true);
    private static final Dimension AUTHOR = new Dimension("author", "claims.figures.dimension.author");
    private static final Dimension CUSTOMER = new Dimension("customer", "claims.figures.dimension.customer");
    private static final Dimension AGENT = new Dimension("agent", "claims.figures.dimension.agent");

    private static final List<Measure> MEASURES = List.of(
            new Measure(
                    OPENED,
                    "claims.figures.opened",
                    Aggregate.COUNT,
                    Direction.LOWER_IS_BETTER,
                    List.of(PRODUCT, SITE, TYPE, PRIORITY, CHANNEL, AUTHOR, CUSTOMER)),
            new Measure(
                    RESOLVED,
                    "claims.figures.resolved",
                    Aggregate.MEAN_DURATION,
                    Direction.LOWER_IS_BETTER,
                    List.of(CUSTOMER, TYPE, PRODUCT, SITE, PRIORITY, AGENT)),
            new Measure(
                    FIRST_RESPONSE,
                    "claims.figures.firstResponse",
                    Aggregate.MEAN_DURATION,
                    Direction.LOWER_IS_BETTER,
                    List.of(TYPE, PRIORITY, AGENT, SITE, PRODUCT)),
            new Measure(
                    SLA_MET,
                    "claims.figures.slaMet",
                    Aggregate.MEAN_SCORE,
                    Direction.NEUTRAL,
                    List.of(TYPE, PRIORITY, PRODUCT, SITE, AGENT)),
            new Measure(
                    RATED,
                    "claims.figures.rated",
                    Aggregate.MEAN_SCORE,
                    Direction.HIGHER_IS_BETTER,
                    List.of(AGENT, TYPE, CUSTOMER)),
            new Measure(
                    REOPENED,
                    "claims.figures.reopened",
                    Aggregate.COUNT,
                    Direction.LOWER_IS_BETTER,
                    List.of(TYPE, PRODUCT, PRIORITY, SITE, AGENT)));

    private static final List<Chart> CHARTS = List.of(
            Chart.overTime(OPENED),
            Chart.by(OPENED, "product"),
            Chart.by(OPENED, "site"),
            Chart.by(OPENED, "type"),
            Chart.by(OPENED, "channel"),
            Chart.by(OPENED, "priority"),
            Chart.by(OPENED, "author"),
            Chart.overTime(RESOLVED),
            Chart.by(RESOLVED, "customer"),
            Chart.by(RESOLVED, "agent"),
            Chart.overTime(FIRST_RESPONSE),
            Chart.by(FIRST_RESPONSE, "agent"),
            Chart.overTime(SLA_MET),
            Chart.by(SLA_MET, "priority"),
            Chart.by(SLA_MET, "agent"),
            Chart.overTime(REOPENED),
            Chart.by(REOPENED, "type"),
            Chart.overTime(RATED),
            Chart.by(RATED, "agent"),
            Chart.by(RATED, "type"));

    private final EntityManager entities;
    private final FollowUpFacts followUps;
    private final ApplicationEventPublisher events;
    private final CurrentTenant tenant;
    private final ClaimSettings settings;
    private final Products products;
    private final Sites sites;
    private final Customers customers;
    private final Users users;
    private final MessageSource messages;
    private final Clock clock;

    ClaimFigures(
            EntityManager entities,
            FollowUpFacts followUps,
            ApplicationEventPublisher events,
            CurrentTenant tenant,
            ClaimSettings settings,
            Products products,
            Sites sites,
            Customers customers,
            Users users,
            MessageSource messages,
            Clock clock) {
        this.entities = entities;
        this.followUps = followUps;
        this.events = events;
        this.tenant = tenant;
        this.settings = settings;
        this.products = products;
        this.sites = sites;
        this.customers = customers;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String module() {
        return ClaimsModule.ID;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public List<Chart> charts() {
        return CHARTS;
    }

    @EventListener
    void opened(TicketOpened opened) {
        row(opened.ticket().value()).ifPresent(row -> record(List.of(row.opened())));
    }

    /** The staff's first public answer; the next ones count for nothing. */
    @EventListener
    void answered(TicketAnswered answered) {
        if (answered.first()) {
            recordAll(sink -> followUps.firstResponses(answered.ticket().value(), settings.calendar(), sink));
        }
    }

    /** A resolved or closed ticket reopened: moved from a status of those categories to an open one. */
    @EventListener
    void reopened(TicketStatusChanged changed) {
        boolean wasDone = settings.status(changed.from())
                .map(status -> !status.category().isOpen())
                .orElse(false);
        if (wasDone && changed.category().isOpen()) {
            recordAll(sink -> followUps.reopenings(changed.ticket().value(), sink));
        }
    }

    @EventListener
    void resolved(TicketStatusChanged changed) {
        if (changed.category() == Ticket.Category.RESOLVED) {
            BusinessCalendar calendar = settings.calendar();
            row(changed.ticket().value()).ifPresent(row -> {
                List<Fact> facts = Stream.concat(row.resolved(calendar).stream(), row.slaMet().stream())
                        .toList();
                if (!facts.isEmpty()) {
                    record(facts);
                }
            });
        }
    }

    @EventListener
    void rated(TicketRated rated) {
        row(rated.ticket().value()).ifPresent(row -> record(List.of(row.rated(clock.instant(), rated.score()))));
    }

    @Override
    public void replay(Consumer<Fact> sink) {
        try (Stream<?> rows = entities.createNativeQuery("select " + TicketRow.columns("t") + " from core_ticket t")
                .getResultStream()) {
            BusinessCalendar calendar = settings.calendar();
            rows.map(TicketRow::of).forEach(row -> {
                sink.accept(row.opened());
                row.resolved(calendar).ifPresent(sink);
                row.slaMet().ifPresent(sink);
            });
        }
        try (Stream<?> rows = entities.createNativeQuery("select r.rated_at, r.score, " + TicketRow.columns("t")
                        + " from clm_rating r join core_ticket t on t.id = r.ticket_id")
                .getResultStream()) {
            rows.forEach(columns -> {
                Object[] all = (Object[]) columns;
                sink.accept(TicketRow.of(all, 2).rated(Members.instant(all[0]), ((Number) all[1]).intValue()));
            });
        }
        followUps.firstResponses(null, settings.calendar(), sink);
        followUps.reopenings(null, sink);
    }

    @Override
    public Map<String, String> names(String dimension, Collection<String> members, Locale language) {
        Set<UUID> ids = Members.ids(members);
        return switch (dimension) {
            case "product" -> Members.named(products.findAllById(ids), p -> p.id().value(), Product::name);
            case "site" -> Members.named(sites.findAllById(ids), s -> s.id().value(), Site::name);
            case "customer" -> Members.named(customers.findAllById(ids), c -> c.id().value(), Customer::displayName);
            case "author", "agent" -> Members.named(users.findAllById(ids), u -> u.id().value(), User::displayName);
            case "type" -> labels(settings.types(), language);
            case "priority" -> labels(settings.priorities(), language);
            case "channel" ->
                members.stream()
                        .collect(Collectors.toMap(
                                Function.identity(),
                                member -> messages.getMessage("claims.channel." + member, null, member, language)));
            default -> Map.of();
        };
    }

    @Override
    public Optional<String> drill(
            String measure, String dimension, Optional<String> member, LocalDate from, LocalDate to) {
        if (member.isPresent()
                && !Set.of("product", "site", "type", "priority", "channel", "customer", "agent")
                        .contains(dimension)) {
            return Optional.empty();
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/claims");
        // The list filters on any assignee: the agent a resolution counts for is its first.
        member.ifPresent(value -> link.queryParam(dimension.equals("agent") ? "assignee" : dimension, value));
        switch (measure) {
            case OPENED -> link.queryParam("from", from).queryParam("to", to);
            case RESOLVED -> link.queryParam("view", "closed");
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(link.encode().build().toUriString());
    }

    private void record(List<Fact> facts) {
        events.publishEvent(new FactsRecorded(tenant.profile().id(), facts));
    }

    /** Records the facts a reader hands, if any. */
    private void recordAll(Consumer<Consumer<Fact>> reader) {
        List<Fact> facts = new ArrayList<>();
        reader.accept(facts::add);
        if (!facts.isEmpty()) {
            record(facts);
        }
    }

    private Optional<TicketRow> row(UUID ticket) {
        entities.flush();
        List<?> found = entities.createNativeQuery(
                        "select " + TicketRow.columns("t") + " from core_ticket t where t.id = :id")
                .setParameter("id", ticket)
                .getResultList();
        return found.stream().findFirst().map(TicketRow::of);
    }

    private static Map<String, String> labels(List<? extends Choice> choices, Locale language) {
        Map<String, String> names = new HashMap<>();
        choices.forEach(choice -> names.put(choice.code(), choice.labels().in(language)));
        return names;
    }
}
