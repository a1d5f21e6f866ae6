package guichet.shops.stock;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SaleId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.modules.Refusal;
import guichet.platform.sales.SerialNumber;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of stock, each one a line of the journal with who and when, never a silent overwrite. A decrease is one
 * conditional statement ({@code … where quantity >= n}): of two movements taking the last unit at once, the second
 * finds none and is refused, and the quantity never goes below zero. Serial-numbered products move item by item: the
 * serial numbers received, transferred, sold or brought back must be the items' own, at the site concerned. A refusal
 * is a {@link Refusal} whose message says why; nothing of the movement is kept.
 */
@Service
public class StockLedger {

    /** The most items one movement may name (a carton of SIM cards). */
    static final int MAX_SERIALS = 200;

    static final int MAX_QUANTITY = 1_000_000;

    private final StockStatements statements;
    private final Movements movements;
    private final StockItems items;
    private final Sites sites;
    private final Products products;
    private final CurrentUser currentUser;
    private final StockAlerts alerts;
    private final Clock clock;

    StockLedger(
            StockStatements statements,
            Movements movements,
            StockItems items,
            Sites sites,
            Products products,
            CurrentUser currentUser,
            StockAlerts alerts,
            Clock clock) {
        this.statements = statements;
        this.movements = movements;
        this.items = items;
        this.sites = sites;
        this.products = products;
        this.currentUser = currentUser;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Goods received at a site; serial-numbered ones name each item, as many as the quantity. */
    @Transactional
    public Movement receive(
            SiteId site, ProductId product, int quantity, List<String> serials, @Nullable String reason) {
        Site at = openSite(site);
        Product what = stocked(product);
        List<String> numbers = serials(serials, quantity, false);
        if (!numbers.isEmpty()) {
            List<String> known = items.withSerials(what.id().value(), numbers).stream()
                    .map(StockItem::serialNumber)
                    .toList();
            if (!known.isEmpty()) {
                throw new Refusal("shops.stock.refused.serial.known", String.join(", ", known));
            }
        } else if (items.tracked(what.id().value())) {
            throw new Refusal("shops.stock.refused.serial.required", what.code());
        }
        int balance = increase(at.id(), what.id(), quantity);
        numbers.forEach(serial -> statements.newItem(what.id(), serial, at.id()));
        return atOneSite(
                MovementKind.RECEIPT,
                at,
                what,
                quantity,
                balance,
                reason == null || reason.isBlank() ? null : reason.strip(),
                numbers);
    }

    /**
     * Corrects a site's quantity up or down, with the reason (breakage, loss, found again). Serial-numbered products
     * are corrected item by item instead: a receipt, a transfer or a count.
     */
    @Transactional
    public Movement adjust(SiteId site, ProductId product, int delta, String reason) {
        Site at = openSite(site);
        Product what = stocked(product);
        if (delta == 0 || Math.abs(delta) > MAX_QUANTITY) {
            throw new Refusal("shops.stock.refused.quantity");
        }
        if (reason.isBlank()) {
            throw new Refusal("shops.stock.refused.reason");
        }
        if (items.tracked(what.id().value())) {
            throw new Refusal("shops.stock.refused.serial.adjust", what.code());
        }
        int balance = delta > 0 ? increase(at.id(), what.id(), delta) : decrease(at, what, -delta);
        return atOneSite(MovementKind.ADJUSTMENT, at, what, delta, balance, reason.strip(), List.of());
    }

    /**
     * Moves quantity, and the serial-numbered items named, from one site to another at once: both halves or neither.
     * The two sites' rows are taken in the same order by every transfer, so two transfers in opposite directions wait
     * for each other instead of deadlocking.
     */
    @Transactional
    public List<Movement> transfer(SiteId from, SiteId to, ProductId product, int quantity, List<String> serials) {
        if (from.equals(to)) {
            throw new Refusal("shops.stock.refused.transfer.same");
        }
        Site source = openSite(from);
        Site destination = openSite(to);
        Product what = stocked(product);
        List<String> numbers =
                serials(serials, quantity, items.tracked(what.id().value()));
        int sourceBalance;
        int destinationBalance;
        if (from.value().compareTo(to.value()) < 0) {
            sourceBalance = decrease(source, what, quantity);
            destinationBalance = increase(destination.id(), what.id(), quantity);
        } else {
            destinationBalance = increase(destination.id(), what.id(), quantity);
            sourceBalance = decrease(source, what, quantity);
        }
        if (!numbers.isEmpty()) {
            int moved = statements.moveItems(what.id(), numbers, source.id(), destination.id());
            if (moved != numbers.size()) {
                throw new Refusal("shops.stock.refused.serial.elsewhere", source.name());
            }
        }
        UUID transfer = UUID.randomUUID();
        return List.of(
                record(
                        MovementKind.TRANSFER_OUT,
                        source.id(),
                        what.id(),
                        -quantity,
                        sourceBalance,
                        null,
                        destination.id(),
                        transfer,
                        null,
                        numbers,
                        actor()),
                record(
                        MovementKind.TRANSFER_IN,
                        destination.id(),
                        what.id(),
                        quantity,
                        destinationBalance,
                        null,
                        source.id(),
                        transfer,
                        null,
                        numbers,
                        actor()));
    }

    /** A product brought back by a customer, with its serial number when it has one: in stock again at the site. */
    @Transactional
    public Movement returned(SiteId site, ProductId product, @Nullable String serial, String reason) {
        Site at = openSite(site);
        Product what = stocked(product);
        if (reason.isBlank()) {
            throw new Refusal("shops.stock.refused.reason");
        }
        List<String> numbers = serial == null || serial.isBlank() ? List.of() : serials(List.of(serial), 1, true);
        if (numbers.isEmpty() && items.tracked(what.id().value())) {
            throw new Refusal("shops.stock.refused.serial.required", what.code());
        }
        int balance = increase(at.id(), what.id(), 1);
        if (!numbers.isEmpty()) {
            if (!statements.returnItem(what.id(), numbers.getFirst(), at.id())) {
                throw new Refusal("shops.stock.refused.serial.notSold", numbers.getFirst());
            }
        }
        return atOneSite(MovementKind.RETURN, at, what, 1, balance, reason.strip(), numbers);
    }

    /**
     * Sets a site's quantity to what a count found; the difference is the movement. For a product followed item by
     * item, the count lists the serial numbers found (or none, when it confirms every item in stock): an item in stock
     * that was not found is marked missing, with its number in the movement; a number not in stock here is refused.
     */
    @Transactional
    public Optional<Movement> count(SiteId site, ProductId product, int counted, List<String> found) {
        Site at = openSite(site);
        Product what = stocked(product);
        if (counted < 0 || counted > MAX_QUANTITY) {
            throw new Refusal("shops.stock.refused.quantity");
        }
        List<String> missing = List.of();
        if (items.tracked(what.id().value())) {
            missing = missingItems(at, what, counted, found);
        }
        int before = statements.setCounted(at.id(), what.id(), counted);
        if (before == counted) {
            return Optional.empty();
        }
        Movement movement = atOneSite(MovementKind.COUNT, at, what, counted - before, counted, null, missing);
        alertIfLow(at, what, before, new StockStatements.Level(counted, statements.threshold(at.id(), what.id())));
        return Optional.of(movement);
    }

    /** The items in stock that a count did not find, marked missing; refuses a count that does not add up. */
    private List<String> missingItems(Site at, Product what, int counted, List<String> found) {
        List<String> inStock = items.inStock(at.id().value(), what.id().value()).stream()
                .map(StockItem::serialNumber)
                .toList();
        boolean listed = found.stream().anyMatch(serial -> !serial.isBlank());
        if (!listed && counted == inStock.size()) {
            return List.of();
        }
        if (!listed && counted > 0) {
            throw new Refusal("shops.stock.refused.serial.count", inStock.size());
        }
        List<String> numbers = listed ? serials(found, counted, true) : List.of();
        numbers.stream().filter(number -> !inStock.contains(number)).findFirst().ifPresent(number -> {
            throw new Refusal("shops.stock.refused.serial.notHere", number);
        });
        List<String> missing =
                inStock.stream().filter(number -> !numbers.contains(number)).toList();
        statements.missItems(what.id(), missing, at.id());
        return missing;
    }

    /** Sets the quantity at or under which the site's manager is alerted, or none. */
    @Transactional
    public void threshold(SiteId site, ProductId product, @Nullable Integer threshold) {
        Site at = openSite(site);
        Product what = stocked(product);
        if (threshold != null && (threshold < 0 || threshold > MAX_QUANTITY)) {
            throw new Refusal("shops.stock.refused.quantity");
        }
        statements.setThreshold(at.id(), what.id(), threshold);
    }

    /**
     * Takes a sold product from the seller's site, in the sale's transaction: one unit, and the item of the sale's
     * serial number when the product is followed item by item. Services and sales without a site take nothing.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void takeForSale(
            SaleId sale, ProductId product, @Nullable SiteId site, @Nullable String serial, @Nullable UserId seller) {
        Product what = products.find(product).orElseThrow();
        if (site == null || what.kind() == Product.Kind.SERVICE) {
            return;
        }
        Site at = sites.find(site).orElseThrow();
        boolean tracked = items.tracked(what.id().value());
        if (tracked && serial == null) {
            throw new Refusal("shops.stock.refused.serial.required", what.code());
        }
        int balance = decrease(at, what, 1);
        List<String> numbers = List.of();
        if (tracked) {
            if (!statements.sellItem(what.id(), serial, at.id(), sale)) {
                throw new Refusal("shops.stock.refused.serial.elsewhere", at.name());
            }
            numbers = List.of(serial);
        }
        record(MovementKind.SALE, at.id(), what.id(), -1, balance, null, null, null, sale, numbers, seller);
    }

    private Site openSite(SiteId id) {
        Site site = sites.find(id).orElseThrow(() -> new Refusal("shops.stock.refused.site"));
        if (!site.active()) {
            throw new Refusal("shops.stock.refused.site.closed", site.name());
        }
        return site;
    }

    private Product stocked(ProductId id) {
        Product product = products.find(id).orElseThrow(() -> new Refusal("shops.stock.refused.product"));
        if (product.kind() == Product.Kind.SERVICE) {
            throw new Refusal("shops.stock.refused.service", product.code());
        }
        return product;
    }

    /**
     * The serial numbers typed, normalised (capitals), distinct and well formed; as many as the quantity when given,
     * or when {@code required}.
     */
    private static List<String> serials(List<String> typed, int quantity, boolean required) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new Refusal("shops.stock.refused.quantity");
        }
        LinkedHashSet<String> numbers = new LinkedHashSet<>();
        for (String serial : typed) {
            if (serial.isBlank()) {
                continue;
            }
            String number = SerialNumber.parse(serial)
                    .map(SerialNumber::value)
                    .orElseThrow(() -> new Refusal("shops.stock.refused.serial.format", serial.strip()));
            if (!numbers.add(number)) {
                throw new Refusal("shops.stock.refused.serial.twice", number);
            }
        }
        if (numbers.size() > MAX_SERIALS) {
            throw new Refusal("shops.stock.refused.serial.many", MAX_SERIALS);
        }
        if ((required || !numbers.isEmpty()) && numbers.size() != quantity) {
            throw new Refusal("shops.stock.refused.serial.number", quantity, numbers.size());
        }
        return new ArrayList<>(numbers);
    }

    private int increase(SiteId site, ProductId product, int quantity) {
        return statements.add(site, product, quantity);
    }

    /** Takes {@code quantity} if the site has that many, in one statement; refuses otherwise. */
    private int decrease(Site site, Product product, int quantity) {
        StockStatements.Level left = statements
                .take(site.id(), product.id(), quantity)
                .orElseThrow(() -> new Refusal("shops.stock.refused.short", product.code(), site.name()));
        alertIfLow(site, product, left.quantity() + quantity, left);
        return left.quantity();
    }

    /** When a decrease crosses the site's threshold, its manager hears of it (through the outbox, after the commit). */
    private void alertIfLow(Site site, Product product, int before, StockStatements.Level after) {
        if (after.crossedDownFrom(before)) {
            alerts.ranLow(site, product, after.quantity(), after.threshold());
        }
    }

    /** A movement that concerns one site alone, by the signed-in user. */
    private Movement atOneSite(
            MovementKind kind,
            Site site,
            Product product,
            int quantity,
            int balance,
            @Nullable String reason,
            List<String> serials) {
        return record(kind, site.id(), product.id(), quantity, balance, reason, null, null, null, serials, actor());
    }

    /** Who is moving stock: the signed-in user, or nobody (the demo's seeding, a job). */
    private @Nullable UserId actor() {
        return currentUser.get().map(GuichetUser::id).orElse(null);
    }

    private Movement record(
            MovementKind kind,
            SiteId site,
            ProductId product,
            int quantity,
            int balance,
            @Nullable String reason,
            @Nullable SiteId otherSite,
            @Nullable UUID transfer,
            @Nullable SaleId sale,
            List<String> serials,
            @Nullable UserId actor) {
        String label = currentUser
                .get()
                .filter(user -> actor == null || user.id().equals(actor))
                .map(GuichetUser::email)
                .orElse(actor == null ? "système" : actor.value().toString());
        return movements.save(new Movement(
                kind,
                site,
                product,
                quantity,
                balance,
                reason,
                otherSite,
                transfer,
                sale,
                serials.stream().sorted(Comparator.naturalOrder()).toList(),
                actor,
                label,
                clock.instant()));
    }
}
