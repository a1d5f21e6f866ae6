package guichet.platform.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.modules.Refusal;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.DepotModule;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sale port, synchronous: the participants of the tenant's modules take part in the transaction that records a
 * sale, and one's refusal rolls back the sale and whatever the others did, in the real database.
 */
@GuichetTest
@Import(DepotModule.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SaleLedgerTest {

    @Autowired
    SaleLedger ledger;

    @Autowired
    Sales sales;

    @Autowired
    Products products;

    @Autowired
    Customers customers;

    @Autowired
    TestTenants tenants;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DepotModule.Depot depot;

    @Autowired
    DepotModule.Blocklist blocklist;

    @Autowired
    MessageSource messages;

    private TenantProfile withDepot;
    private TenantProfile withoutDepot;

    @BeforeAll
    void setUp() {
        withDepot = tenants.create("ledger", DepotModule.ID);
        withoutDepot = tenants.create("ledgerx");
    }

    @Test
    void aSaleTheParticipantsAcceptIsRecordedWithTheirShare() {
        Product router = product(withDepot, "RTR-AX55");
        depot.stock(withDepot, router.id(), 2);

        Sale sale = in(withDepot, () -> ledger.record(sale(router, "RTR000000000001")));

        assertThat(in(withDepot, () -> sales.find(sale.id()))).isPresent();
        assertThat(depot.inStock(withDepot, router.id())).isEqualTo(1);
    }

    @Test
    void theLastOneInStockIsSoldOnceAndTheNextSaleIsRefusedWithTheDepotsReason() {
        Product phone = product(withDepot, "TEL-A15");
        depot.stock(withDepot, phone.id(), 1);
        in(withDepot, () -> ledger.record(sale(phone, "TEL000000000001")));

        assertThatThrownBy(() -> in(withDepot, () -> ledger.record(sale(phone, "TEL000000000002"))))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("depot.refused.out-of-stock");
                    assertThat(refusal.arguments()).containsExactly("TEL-A15");
                    assertThat(TenantContext.call(
                                    withDepot.id(),
                                    () -> messages.getMessage(
                                            refusal.messageKey(), refusal.arguments(), Locale.FRENCH)))
                            .isEqualTo("Plus aucun « TEL-A15 » au dépôt : la vente n'est pas enregistrée.");
                });
        assertThat(salesOf(withDepot, phone)).isEqualTo(1);
        assertThat(depot.inStock(withDepot, phone.id())).isZero();
    }

    @Test
    void aRefusalRollsBackTheSaleAndWhatEarlierParticipantsDid() {
        Product box = product(withDepot, "BOX-FIBRE");
        depot.stock(withDepot, box.id(), 5);
        blocklist.block("STOLEN000000001");

        assertThatThrownBy(() -> in(withDepot, () -> ledger.record(sale(box, "STOLEN000000001"))))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("depot.refused.blocked"));

        assertThat(salesOf(withDepot, box)).isZero();
        assertThat(depot.inStock(withDepot, box.id()))
                .as("the stock taken is given back")
                .isEqualTo(5);
    }

    @Test
    void aTenantWithoutTheModuleIsNotAskedToTakePart() {
        Product key = product(withoutDepot, "CLE-4G");

        in(withoutDepot, () -> ledger.record(sale(key, "CLE000000000001")));

        assertThat(salesOf(withoutDepot, key)).isEqualTo(1);
        assertThat(depot.inStock(withoutDepot, key.id())).isZero();
    }

    @Test
    void aSaleIsRecordedOnlyInsideATransactionARefusalCouldUndo() {
        Product sim = product(withoutDepot, "SIM-NANO");
        Sale sale = in(withoutDepot, () -> sale(sim, null));

        assertThatThrownBy(() -> TenantContext.call(withoutDepot.id(), () -> ledger.record(sale)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(salesOf(withoutDepot, sim)).isZero();
    }

    /** A sale of the product to a new customer, saved with the bound tenant. */
    private Sale sale(Product product, String serial) {
        Customer buyer = customers.save(
                Customer.person(customers.nextNumber(), Customer.Stage.CUSTOMER, "Awa", "Sow", Instant.now()));
        return Sale.delivered(
                buyer.id(),
                product.id(),
                serial == null ? null : new SerialNumber(serial),
                LocalDate.now(),
                null,
                null,
                Instant.now());
    }

    private Product product(TenantProfile tenant, String code) {
        return in(
                tenant,
                () -> products.save(new Product(code, "Produit " + code, Product.Kind.PRODUCT, null, Instant.now())));
    }

    private long salesOf(TenantProfile tenant, Product product) {
        return in(
                tenant,
                () -> sales.findAll(Pageable.unpaged()).stream()
                        .filter(sale -> sale.product().equals(product.id()))
                        .count());
    }

    private <T> T in(TenantProfile tenant, Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }
}
