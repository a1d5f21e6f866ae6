package guichet.shops.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.modules.Refusal;
import guichet.platform.notifications.InAppNotification;
import guichet.platform.notifications.Inbox;
import guichet.platform.sales.Sale;
import guichet.platform.sales.SaleLedger;
import guichet.platform.sales.SerialNumber;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestAccounts;
import guichet.platform.testing.TestTenants;
import guichet.platform.users.User;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stock on the real database: two sales of the last unit at once (the second really waiting on the first's row) leave
 * one sale and a quantity of zero; a transfer moves quantity and serial numbers between two sites together or not at
 * all; a sale takes its serial-numbered item from the seller's site only; crossing the threshold alerts the manager.
 */
@GuichetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockLedgerTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    StockLedger ledger;

    @Autowired
    SaleLedger sales;

    @Autowired
    Sites sites;

    @Autowired
    Products products;

    @Autowired
    Customers customers;

    @Autowired
    StockLevels levels;

    @Autowired
    StockItems items;

    @Autowired
    Inbox inbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    private TenantProfile tenant;
    private Site tunis;
    private Site sfax;
    private Customer customer;
    private User manager;

    @BeforeAll
    void twoShopsAndACustomer() {
        tenant = tenants.create("stock", "shops");
        manager = accounts.staff(tenant, "gerant", Role.AGENT);
        tunis = in(() -> sites.save(
                new Site("TUN-01", "Boutique Tunis", Site.Kind.SHOP, Instant.now()).reachableAt(null, manager.id())));
        sfax = in(() -> sites.save(new Site("SFX-01", "Boutique Sfax", Site.Kind.SHOP, Instant.now())));
        customer = in(() -> customers.save(
                Customer.person(customers.nextNumber(), Customer.Stage.CUSTOMER, "Amira", "Ben Salah", Instant.now())));
    }

    @Test
    void twoSalesOfTheLastUnitAtOnceLeaveOneSaleAndNothingInStock() throws Exception {
        Product key = product("KEY-LAST");
        in(() -> ledger.receive(tunis.id(), key.id(), 1, List.of(), "Livraison"));
        CountDownLatch firstSold = new CountDownLatch(1);
        CountDownLatch secondWaiting = new CountDownLatch(1);
        // Two threads of their own: the common pool may have one, which the first sale holds while it waits.
        ExecutorService sellers = Executors.newFixedThreadPool(2);

        CompletableFuture<Sale> first = CompletableFuture.supplyAsync(
                () -> TenantContext.call(
                        tenant.id(),
                        () -> transactions.execute(status -> {
                            Sale sale = sales.record(sale(key, null));
                            firstSold.countDown();
                            await(secondWaiting);
                            return sale;
                        })),
                sellers);
        await(firstSold);
        CompletableFuture<Sale> second = CompletableFuture.supplyAsync(
                () -> TenantContext.call(
                        tenant.id(), () -> transactions.execute(status -> sales.record(sale(key, null)))),
                sellers);
        awaitWaitingOnTheStockRow();
        secondWaiting.countDown();

        assertThat(first.get(20, TimeUnit.SECONDS).id()).isNotNull();
        sellers.shutdown();
        assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS))
                .hasCauseInstanceOf(Refusal.class)
                .cause()
                .extracting(e -> ((Refusal) e).messageKey())
                .isEqualTo("shops.stock.refused.short");
        assertThat(quantity(tunis, key)).isZero();
        assertThat(new JdbcTemplate(dataSource)
                        .queryForObject(
                                "select count(*) from " + tenant.id().schemaName() + ".core_sale where product_id = ?",
                                Integer.class,
                                key.id().value()))
                .isEqualTo(1);
    }

    @Test
    void aTransferMovesQuantityAndSerialNumbersTogetherOrNotAtAll() {
        Product phone = product("PHN-TRF");
        List<String> serials = List.of("356789012345671", "356789012345672", "356789012345673");
        in(() -> ledger.receive(tunis.id(), phone.id(), 3, serials, null));

        List<Movement> moved = in(() ->
                ledger.transfer(tunis.id(), sfax.id(), phone.id(), 2, List.of("356789012345671", "356789012345672")));

        assertThat(moved)
                .extracting(Movement::kind)
                .containsExactly(MovementKind.TRANSFER_OUT, MovementKind.TRANSFER_IN);
        assertThat(moved).extracting(Movement::balance).containsExactly(1, 2);
        assertThat(quantity(tunis, phone)).isEqualTo(1);
        assertThat(quantity(sfax, phone)).isEqualTo(2);
        assertThat(inStock(sfax, phone)).containsExactly("356789012345671", "356789012345672");

        // One of the two numbers is no longer at Tunis: the whole transfer is refused, the quantities stay.
        assertThatThrownBy(() -> in(() -> ledger.transfer(
                        tunis.id(), sfax.id(), phone.id(), 2, List.of("356789012345673", "356789012345671"))))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey())
                .isEqualTo("shops.stock.refused.short");
        assertThatThrownBy(() ->
                        in(() -> ledger.transfer(tunis.id(), sfax.id(), phone.id(), 1, List.of("356789012345671"))))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey())
                .isEqualTo("shops.stock.refused.serial.elsewhere");
        assertThat(quantity(tunis, phone)).isEqualTo(1);
        assertThat(quantity(sfax, phone)).isEqualTo(2);
        assertThat(inStock(tunis, phone)).containsExactly("356789012345673");
        assertThat(inStock(sfax, phone)).containsExactly("356789012345671", "356789012345672");
    }

    @Test
    void aCountOfSerialNumberedItemsMarksThoseNotFoundMissingAndRefusesANumberNotHere() {
        Product key = product("KEY-CNT");
        List<String> serials = List.of("356789012345681", "356789012345682", "356789012345683");
        in(() -> ledger.receive(sfax.id(), key.id(), 3, serials, null));

        assertThatThrownBy(() -> in(() -> ledger.count(sfax.id(), key.id(), 2, List.of())))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey())
                .isEqualTo("shops.stock.refused.serial.count");
        assertThatThrownBy(() ->
                        in(() -> ledger.count(sfax.id(), key.id(), 2, List.of("356789012345681", "356789012345699"))))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey())
                .isEqualTo("shops.stock.refused.serial.notHere");
        assertThat(inStock(sfax, key)).containsExactlyElementsOf(serials);

        Movement counted = in(() ->
                        ledger.count(sfax.id(), key.id(), 2, List.of("356789012345683", " ", "356789012345681")))
                .orElseThrow();
        assertThat(counted.kind()).isEqualTo(MovementKind.COUNT);
        assertThat(counted.balance()).isEqualTo(2);
        assertThat(counted.serials()).containsExactly("356789012345682");
        assertThat(quantity(sfax, key)).isEqualTo(2);
        assertThat(inStock(sfax, key)).containsExactly("356789012345681", "356789012345683");
        assertThat(in(() -> items.find(key.id().value(), "356789012345682"))
                        .orElseThrow()
                        .status())
                .isEqualTo(StockItem.Status.MISSING);

        // A count that finds every item in stock confirms it without listing them.
        assertThat(in(() -> ledger.count(sfax.id(), key.id(), 2, List.of()))).isEmpty();
    }

    @Test
    void aSaleTakesItsSerialNumberedItemFromTheSellersSiteOnly() {
        Product sim = product("SIM-SER");
        in(() -> ledger.receive(tunis.id(), sim.id(), 1, List.of("8921601234567AB"), null));
        in(() -> ledger.receive(sfax.id(), sim.id(), 1, List.of("8921601234567CD"), null));

        assertThatThrownBy(() -> in(() -> sales.record(sale(sim, "8921601234567CD"))))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey())
                .isEqualTo("shops.stock.refused.serial.elsewhere");
        assertThatThrownBy(() -> in(() -> sales.record(sale(sim, null))))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey())
                .isEqualTo("shops.stock.refused.serial.required");
        assertThat(quantity(tunis, sim)).isEqualTo(1);

        Sale sold = in(() -> sales.record(sale(sim, "8921601234567AB")));

        assertThat(quantity(tunis, sim)).isZero();
        StockItem item =
                in(() -> items.find(sim.id().value(), "8921601234567AB").orElseThrow());
        assertThat(item.status()).isEqualTo(StockItem.Status.SOLD);
        assertThat(item.sale()).contains(sold.id());
    }

    @Test
    void goingDownToTheThresholdAlertsTheSitesManagerOnce() {
        Product box = product("BOX-LOW");
        in(() -> ledger.receive(tunis.id(), box.id(), 3, List.of(), null));
        in(() -> {
            ledger.threshold(tunis.id(), box.id(), 1);
            return null;
        });

        in(() -> ledger.adjust(tunis.id(), box.id(), -1, "Casse"));
        assertThat(alerts()).isEmpty();
        in(() -> sales.record(sale(box, null)));
        in(() -> ledger.adjust(tunis.id(), box.id(), -1, "Perte"));

        assertThat(alerts()).hasSize(1);
        assertThat(alerts().getFirst().title()).contains("BOX-LOW").contains("Boutique Tunis");
        assertThat(alerts().getFirst().link()).contains("/shops/stock?site=TUN-01&low=true");
    }

    private List<InAppNotification> alerts() {
        return in(() -> inbox.of(manager.id(), PageRequest.of(0, 20)).stream()
                .filter(n -> n.kind().equals(StockAlerts.LOW))
                .toList());
    }

    private Sale sale(Product product, String serial) {
        return Sale.delivered(
                customer.id(),
                product.id(),
                serial == null ? null : new SerialNumber(serial),
                LocalDate.now(),
                null,
                tunis.id(),
                Instant.now());
    }

    private Product product(String code) {
        return in(() -> products.save(new Product(code, "Produit " + code, Product.Kind.PRODUCT, null, Instant.now())));
    }

    private int quantity(Site site, Product product) {
        return in(() -> levels.at(site.id().value(), List.of(product.id().value())).stream()
                .mapToInt(StockLevel::quantity)
                .sum());
    }

    private List<String> inStock(Site site, Product product) {
        return in(() -> items.inStock(site.id().value(), product.id().value()).stream()
                .map(StockItem::serialNumber)
                .toList());
    }

    /** Waits until a statement really waits on a row lock of the stock table (the second sale on the first's row). */
    private void awaitWaitingOnTheStockRow() throws InterruptedException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Integer waiting = jdbc.queryForObject(
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                            + " and query like 'update shp_stock set quantity = quantity - %'",
                    Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The second sale never waited on the stock row: "
                + jdbc.queryForList(
                        "select state, wait_event_type, wait_event, left(query, 120) as query from pg_stat_activity"
                                + " where datname = current_database() and pid <> pg_backend_pid()"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private <T> T in(Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }
}
