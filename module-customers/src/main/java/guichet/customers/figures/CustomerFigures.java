package guichet.customers.figures;

import guichet.customers.CustomersModule;
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
import guichet.platform.sales.Sale;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The customers module's figures: customers and prospects registered, by category (natural or legal person), stage at
 * registration, segment, age band and region (or city, where the address names no region); prospects converted into
 * customers, with the mean time it took, by category, segment and region; the conversion rate of the prospects
 * registered (a {@code RATE}: each prospect's registration counts 0, withdrawn for a 100 when he is converted), by
 * segment and region. The directory records the facts of each registration and conversion; a rebuild reads them from
 * the customers as they stand (merged ones left out: their survivor counts). Sales and orders, by product or service,
 * shop or agency, seller, the buyer's segment and product within segment (module 4: « Statistiques liées aux
 * Produits »).
 */
@Component
public class CustomerFigures implements FigureSource {

    static final String REGISTERED = "customers.registered";
    static final String CONVERTED = "customers.converted";
    static final String SOLD = "customers.sold";
    static final String CONVERSION = "customers.conversion";

    private static final Dimension KIND = new Dimension("kind", "customers.figures.dimension.kind");
    private static final Dimension STAGE = new Dimension("stage", "customers.figures.dimension.stage");
    private static final Dimension SEGMENT = new Dimension("segment", "customers.figures.dimension.segment");
    private static final Dimension AGE = new Dimension("age", "customers.figures.dimension.age");
    private static final Dimension REGION = new Dimension("region", "customers.figures.dimension.region");
    private static final Dimension PRODUCT = new Dimension("product", "customers.figures.dimension.product", true);
    private static final Dimension SITE = new Dimension("site", "customers.figures.dimension.site", true);
    private static final Dimension SELLER = new Dimension("seller", "customers.figures.dimension.seller");
    private static final Dimension CUSTOMER = new Dimension(Dimension.CUSTOMER, "customers.figures.dimension.customer");
    private static final Dimension SEGMENT_PRODUCT =
            Dimension.crossing("segment-product", "customers.figures.dimension.segmentProduct", SEGMENT, PRODUCT);

    private static final List<Measure> MEASURES = List.of(
            new Measure(
                    REGISTERED,
                    "customers.figures.registered",
                    Aggregate.COUNT,
                    Direction.HIGHER_IS_BETTER,
                    List.of(KIND, STAGE, SEGMENT, AGE, REGION)),
            new Measure(
                    CONVERTED, "customers.figures.converted", Aggregate.MEAN_DURATION, List.of(KIND, SEGMENT, REGION)),
            new Measure(
                    CONVERSION,
                    "customers.figures.conversion",
                    Aggregate.RATE,
                    Direction.HIGHER_IS_BETTER,
                    List.of(SEGMENT, REGION)),
            new Measure(
                    SOLD,
                    "customers.figures.sold",
                    Aggregate.COUNT,
                    Direction.HIGHER_IS_BETTER,
                    List.of(PRODUCT, SITE, SELLER, SEGMENT, SEGMENT_PRODUCT, CUSTOMER)));

    private static final List<Chart> CHARTS = List.of(
            Chart.overTime(REGISTERED),
            Chart.by(REGISTERED, "kind"),
            Chart.by(REGISTERED, "stage"),
            Chart.by(REGISTERED, "age"),
            Chart.by(REGISTERED, "region"),
            Chart.by(REGISTERED, "segment"),
            Chart.by(CONVERTED, "kind"),
            Chart.by(CONVERSION, "segment"),
            Chart.by(CONVERSION, "region"),
            Chart.by(CONVERTED, "segment"),
            Chart.by(CONVERTED, "region"),
            Chart.overTime(SOLD),
            Chart.by(SOLD, "product"),
            Chart.by(SOLD, "segment-product"),
            Chart.by(SOLD, "site"),
            Chart.by(SOLD, "seller"));

    private final EntityManager entities;
    private final ApplicationEventPublisher events;
    private final CurrentTenant tenant;
    private final MessageSource messages;
    private final Products products;
    private final Sites sites;
    private final Users users;
    private final Customers customers;

    CustomerFigures(
            EntityManager entities,
            ApplicationEventPublisher events,
            CurrentTenant tenant,
            MessageSource messages,
            Products products,
            Sites sites,
            Users users,
            Customers customers) {
        this.customers = customers;
        this.entities = entities;
        this.events = events;
        this.tenant = tenant;
        this.messages = messages;
        this.products = products;
        this.sites = sites;
        this.users = users;
    }

    @Override
    public String module() {
        return CustomersModule.ID;
    }

    @Override
    public List<Measure> measures() {
        return Stream.concat(MEASURES.stream(), UsageFigures.MEASURES.stream()).toList();
    }

    @Override
    public List<Chart> charts() {
        return Stream.concat(CHARTS.stream(), UsageFigures.CHARTS.stream()).toList();
    }

    /** Records a month of a customer's usage, in its transaction. */
    public void used(UsageFigures.Month month) {
        events.publishEvent(new FactsRecorded(tenant.profile().id(), UsageFigures.facts(month, tenant.zoneId())));
    }

    /** Withdraws the figures of a month of usage replaced, in the transaction that replaces it. */
    public void withdrawn(UsageFigures.Month month) {
        events.publishEvent(new FactsRecorded(
                tenant.profile().id(),
                UsageFigures.facts(month, tenant.zoneId()).stream()
                        .map(Fact::withdrawn)
                        .toList()));
    }

    /** Records a registration (and a prospect's, not converted yet, towards the conversion rate), in its transaction. */
    public void registered(Customer customer) {
        row(customer.id().value()).ifPresent(row -> {
            record(row.registered(tenant.zoneId()));
            row.conversion().ifPresent(this::record);
        });
    }

    /**
     * Records a prospect's conversion, in its transaction: the time it took, and his registration's 0 towards the
     * conversion rate withdrawn for a 100, on his registration's instant.
     */
    public void converted(Customer customer) {
        row(customer.id().value()).ifPresent(row -> {
            row.converted().ifPresent(this::record);
            row.conversion().ifPresent(converted -> {
                record(row.notConverted().withdrawn());
                record(converted);
            });
        });
    }

    /** Records a sale or an order, in its transaction. */
    public void sold(Sale sale) {
        // The buyer is loaded already by the sale's registration: no statement more.
        String segment = customers.find(sale.customer()).map(Customer::segment).orElse(null);
        record(sold(
                sale.customer().value(),
                sale.product().value(),
                sale.site().map(id -> id.value()).orElse(null),
                sale.seller().map(id -> id.value()).orElse(null),
                CustomerRow.blankless(segment),
                sale.soldOn(),
                tenant.zoneId()));
    }

    @Override
    public void replay(Consumer<Fact> sink) {
        ZoneId zone = tenant.zoneId();
        try (Stream<?> rows = entities.createNativeQuery(
                        "select s.customer_id, s.product_id, s.site_id, s.seller_user_id, s.sold_on, c.segment"
                                + " from core_sale s left join core_customer c on c.id = s.customer_id")
                .getResultStream()) {
            rows.forEach(columns -> {
                Object[] c = (Object[]) columns;
                sink.accept(sold(
                        (UUID) c[0],
                        (UUID) c[1],
                        (UUID) c[2],
                        (UUID) c[3],
                        CustomerRow.blankless(c[5]),
                        Members.date(c[4]),
                        zone));
            });
        }
        try (Stream<?> rows = entities.createNativeQuery(
                        "select " + CustomerRow.COLUMNS + " from core_customer c where c.merged_into_id is null")
                .getResultStream()) {
            rows.map(CustomerRow::of).forEach(row -> {
                sink.accept(row.registered(zone));
                row.conversion().ifPresent(sink);
                row.converted().ifPresent(sink);
            });
        }
        UsageFigures.replay(entities, zone, sink);
    }

    @Override
    public Map<String, String> names(String dimension, Collection<String> members, Locale language) {
        Set<UUID> ids = Members.ids(members);
        return switch (dimension) {
            case "kind", "stage", "age", "band" ->
                members.stream()
                        .collect(Collectors.toMap(
                                Function.identity(),
                                member -> messages.getMessage(
                                        "customers.figures." + dimension + "." + member, null, member, language)));
            case "product" -> Members.named(products.findAllById(ids), p -> p.id().value(), Product::name);
            case "segment-product" -> segmentProducts(members);
            case "site" -> Members.named(sites.findAllById(ids), s -> s.id().value(), Site::name);
            case "seller" -> Members.named(users.findAllById(ids), u -> u.id().value(), User::displayName);
            case Dimension.CUSTOMER ->
                Members.named(customers.findAllById(ids), c -> c.id().value(), Customer::displayName);
            default -> members.stream().collect(Collectors.toMap(Function.identity(), Function.identity()));
        };
    }

    @Override
    public Optional<String> drill(
            String measure, String dimension, Optional<String> member, LocalDate from, LocalDate to) {
        if (UsageFigures.MEASURES.stream().anyMatch(m -> m.id().equals(measure))) {
            return UsageFigures.drill(dimension, member);
        }
        if (measure.equals(SOLD)
                || member.isPresent() && !List.of("kind", "stage", "segment").contains(dimension)) {
            return Optional.empty();
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/customers");
        member.ifPresent(value -> link.queryParam(dimension, value));
        if (measure.equals(CONVERTED)) {
            link.queryParam("stage", "CUSTOMER");
        }
        return Optional.of(link.encode().build().toUriString());
    }

    /** « Segment · Product » for each {@code segment|productId}, the product's id where it is gone. */
    private Map<String, String> segmentProducts(Collection<String> members) {
        Map<String, String> productIds = new HashMap<>();
        for (String member : members) {
            int join = member.lastIndexOf(Dimension.JOIN);
            if (join > 0) {
                productIds.put(member, member.substring(join + 1));
            }
        }
        Map<String, String> named = Members.named(
                products.findAllById(Members.ids(productIds.values())), p -> p.id().value(), Product::name);
        return productIds.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> entry.getKey().substring(0, entry.getKey().lastIndexOf(Dimension.JOIN)) + " · "
                                + named.getOrDefault(entry.getValue(), entry.getValue())));
    }

    private void record(Fact fact) {
        events.publishEvent(new FactsRecorded(tenant.profile().id(), List.of(fact)));
    }

    private Optional<CustomerRow> row(UUID customer) {
        entities.flush();
        return entities
                .createNativeQuery("select " + CustomerRow.COLUMNS + " from core_customer c where c.id = :id")
                .setParameter("id", customer)
                .getResultList()
                .stream()
                .findFirst()
                .map(CustomerRow::of);
    }

    /**
     * A sale's fact, on its day (at noon, so that the day stays the same in the tenant's time zone), under the buyer's
     * segment, alone and with the product.
     */
    private static Fact sold(
            UUID customer,
            UUID product,
            @Nullable UUID site,
            @Nullable UUID seller,
            @Nullable String segment,
            LocalDate on,
            ZoneId zone) {
        Map<String, String> members = new HashMap<>();
        members.put("product", product.toString());
        if (segment != null) {
            members.put("segment", segment);
            members.put("segment-product", Dimension.member(segment, product.toString()));
        }
        members.put(Dimension.CUSTOMER, customer.toString());
        if (site != null) {
            members.put("site", site.toString());
        }
        if (seller != null) {
            members.put("seller", seller.toString());
        }
        return new Fact(SOLD, on.atTime(12, 0).atZone(zone).toInstant(), customer, members, 1);
    }
}
