package guichet.claims.figures;

import guichet.claims.ClaimsModule;
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
import java.time.Instant;
import java.time.LocalDate;
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
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The claims module's figures: tickets opened (by service or product, agency, type, priority, channel, author and
 * customer), resolved (the mean business time from opening to resolution, in the tenant's opening hours and without
 * its holidays, by customer, type, service and agency, with its median and 90th percentile) and rated (the
 * mean satisfaction by agent and type). Each is recorded as a fact in the transaction of the change; a rebuild reads
 * them again from the tickets as they stand.
 */
@Component
class ClaimFigures implements FigureSource {

    static final String OPENED = "claims.opened";
    static final String RESOLVED = "claims.resolved";
    static final String RATED = "claims.rated";
    static final String SLA_MET = "claims.sla-met";

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
                    List.of(CUSTOMER, TYPE, PRODUCT, SITE, PRIORITY)),
            new Measure(
                    SLA_MET,
                    "claims.figures.slaMet",
                    Aggregate.MEAN_SCORE,
                    Direction.NEUTRAL,
                    List.of(TYPE, PRIORITY, PRODUCT, SITE)),
            new Measure(
                    RATED,
                    "claims.figures.rated",
                    Aggregate.MEAN_SCORE,
                    Direction.HIGHER_IS_BETTER,
                    List.of(AGENT, TYPE, CUSTOMER)));

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
            Chart.overTime(SLA_MET),
            Chart.by(SLA_MET, "priority"),
            Chart.by(RATED, "agent"));

    /** The columns of a ticket its facts read, of the table under this alias. */
    private static String columns(String ticket) {
        return Stream.of(
                        "id",
                        "created_at",
                        "resolved_at",
                        "customer_id",
                        "product_id",
                        "site_id",
                        "type",
                        "priority",
                        "channel",
                        "created_by_user_id",
                        "assignee_ids[1]",
                        "resolution_due_at")
                .map(column -> ticket + "." + column)
                .collect(Collectors.joining(", "));
    }

    private final EntityManager entities;
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
        try (Stream<?> rows = entities.createNativeQuery("select " + columns("t") + " from core_ticket t")
                .getResultStream()) {
            BusinessCalendar calendar = settings.calendar();
            rows.map(Row::of).forEach(row -> {
                sink.accept(row.opened());
                row.resolved(calendar).ifPresent(sink);
                row.slaMet().ifPresent(sink);
            });
        }
        try (Stream<?> rows = entities.createNativeQuery("select r.rated_at, r.score, " + columns("t")
                        + " from clm_rating r join core_ticket t on t.id = r.ticket_id")
                .getResultStream()) {
            rows.forEach(columns -> {
                Object[] all = (Object[]) columns;
                Object[] ticket = new Object[all.length - 2];
                System.arraycopy(all, 2, ticket, 0, ticket.length);
                sink.accept(Row.of(ticket).rated(Members.instant(all[0]), ((Number) all[1]).intValue()));
            });
        }
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
                && !Set.of("product", "site", "type", "priority", "channel", "customer")
                        .contains(dimension)) {
            return Optional.empty();
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/claims");
        member.ifPresent(value -> link.queryParam(dimension, value));
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

    private Optional<Row> row(UUID ticket) {
        entities.flush();
        List<?> found = entities.createNativeQuery("select " + columns("t") + " from core_ticket t where t.id = :id")
                .setParameter("id", ticket)
                .getResultList();
        return found.stream().findFirst().map(Row::of);
    }

    private static Map<String, String> labels(List<? extends Choice> choices, Locale language) {
        Map<String, String> names = new HashMap<>();
        choices.forEach(choice -> names.put(choice.code(), choice.labels().in(language)));
        return names;
    }

    /** A ticket's columns, as the facts read them. */
    private record Row(
            UUID id,
            Instant created,
            @Nullable Instant resolvedAt,
            @Nullable UUID customer,
            Map<String, String> members,
            @Nullable UUID agent,
            @Nullable Instant due) {

        static Row of(Object columns) {
            Object[] c = (Object[]) columns;
            Map<String, String> members = new HashMap<>();
            put(members, "customer", c[3]);
            put(members, "product", c[4]);
            put(members, "site", c[5]);
            put(members, "type", c[6]);
            put(members, "priority", c[7]);
            put(members, "channel", c[8]);
            put(members, "author", c[9]);
            return new Row(
                    (UUID) c[0],
                    Members.instant(c[1]),
                    c[2] == null ? null : Members.instant(c[2]),
                    (UUID) c[3],
                    members,
                    (UUID) c[10],
                    c[11] == null ? null : Members.instant(c[11]));
        }

        Fact opened() {
            return new Fact(OPENED, created, customer, members, 1);
        }

        /** The resolution, its value the business time it took in seconds (the tenant's opening hours and holidays). */
        Optional<Fact> resolved(BusinessCalendar calendar) {
            if (resolvedAt == null) {
                return Optional.empty();
            }
            Map<String, String> kept = new HashMap<>(members);
            kept.keySet().retainAll(Set.of("customer", "type", "product", "site", "priority"));
            return Optional.of(
                    new Fact(RESOLVED, resolvedAt, customer, kept, 60 * calendar.minutesBetween(created, resolvedAt)));
        }

        /** Whether it was resolved by its SLA's deadline: 100 or 0, so that the mean is the share in per cent. */
        Optional<Fact> slaMet() {
            if (resolvedAt == null || due == null) {
                return Optional.empty();
            }
            Map<String, String> kept = new HashMap<>(members);
            kept.keySet().retainAll(Set.of("type", "product", "site", "priority"));
            return Optional.of(new Fact(SLA_MET, resolvedAt, customer, kept, resolvedAt.isAfter(due) ? 0 : 100));
        }

        Fact rated(Instant at, int score) {
            Map<String, String> kept = new HashMap<>();
            if (members.containsKey("type")) {
                kept.put("type", members.get("type"));
            }
            if (agent != null) {
                kept.put("agent", agent.toString());
            }
            if (customer != null) {
                kept.put("customer", customer.toString());
            }
            return new Fact(RATED, at, customer, kept, score);
        }

        private static void put(Map<String, String> members, String dimension, @Nullable Object value) {
            if (value != null && !value.toString().isBlank()) {
                members.put(dimension, value.toString());
            }
        }
    }
}
