package guichet.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.money.Money;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue port: platform core's products and a module's packs (a source of this test's own, standing for the
 * offers module) found together, each tenant seeing only its own products and only the items of modules it has.
 */
@GuichetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SellableItemsTest {

    @Autowired
    SellableItems items;

    @Autowired
    Products products;

    @Autowired
    TestTenants tenants;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PackSource packs;

    private TenantProfile withPacks;
    private TenantProfile withoutPacks;
    private Product printer;
    private Product oldPrinter;
    private SellableItem printerPack;

    @BeforeAll
    void setUp() {
        withPacks = tenants.create("sell", "packs");
        withoutPacks = tenants.create("sellx");
        printer = in(withPacks, () -> {
            Product product = new Product("PRN-L3250", "Imprimante L3250", Product.Kind.PRODUCT, null, Instant.now());
            product.price(Money.of("199.900", "TND"), Instant.now());
            return products.save(product);
        });
        oldPrinter = in(withPacks, () -> {
            Product product = new Product("PRN-L1110", "Imprimante L1110", Product.Kind.PRODUCT, null, Instant.now());
            product.withdrawFromSale(Instant.now());
            return products.save(product);
        });
        in(
                withoutPacks,
                () -> products.save(
                        new Product("PRN-X9", "Imprimante de l'autre", Product.Kind.PRODUCT, null, Instant.now())));
        printerPack = packs.add(withPacks, "PACK-IMP", "Pack imprimante et câble", Money.of("210", "TND"));
        packs.add(withoutPacks, "PACK-AUTRE", "Pack imprimante de l'autre", Money.of("5", "TND"));
    }

    @Test
    void productsOnSaleAreFoundByWhatWasTypedWithTheirPrice() {
        List<SellableItem> found = in(withPacks, () -> items.search(SellableSearch.of("imprimante l3", 10)));
        assertThat(found).containsExactly(SellableItem.of(printer));
        assertThat(found.getFirst().ref()).hasToString("product:" + printer.id());
        assertThat(found.getFirst().unitPrice()).isEqualTo(Money.of("199.9", "TND"));
        assertThat(in(withPacks, () -> items.search(SellableSearch.of("  ", 10))))
                .isEmpty();
    }

    @Test
    void aProductWithdrawnFromSaleIsFoundOnlyWhenAskedButAlwaysByItsReference() {
        assertThat(in(withPacks, () -> items.search(SellableSearch.of("L1110", 10))))
                .isEmpty();
        assertThat(in(
                        withPacks,
                        () -> items.search(SellableSearch.of("L1110", 10).includingWithdrawn())))
                .extracting(SellableItem::code)
                .containsExactly("PRN-L1110");
        assertThat(in(withPacks, () -> items.find(ItemRef.product(oldPrinter.id()))))
                .hasValueSatisfying(item -> assertThat(item.onSale()).isFalse());
    }

    @Test
    void aModulesItemsComeAfterTheProductsForATenantThatHasTheModule() {
        assertThat(in(withPacks, () -> items.kinds())).containsExactly("product", "pack");
        assertThat(in(withPacks, () -> items.search(SellableSearch.of("imprimante", 10))))
                .extracting(SellableItem::code)
                .containsExactly("PRN-L3250", "PACK-IMP");
        assertThat(in(withPacks, () -> items.search(SellableSearch.of("imprimante", 1))))
                .extracting(SellableItem::code)
                .containsExactly("PRN-L3250");
        assertThat(in(
                        withPacks,
                        () -> items.search(SellableSearch.of("imprimante", 10).ofKinds("pack"))))
                .containsExactly(printerPack);
        assertThat(in(
                        withPacks,
                        () -> items.findAll(List.of(
                                ItemRef.product(printer.id()),
                                printerPack.ref(),
                                new ItemRef("pack", UUID.randomUUID())))))
                .containsOnlyKeys(ItemRef.product(printer.id()), printerPack.ref());
    }

    @Test
    void aTenantSeesNeitherAnothersProductsNorTheItemsOfAModuleItHasNot() {
        assertThat(in(withoutPacks, () -> items.kinds())).containsExactly("product");
        assertThat(in(withoutPacks, () -> items.search(SellableSearch.of("imprimante", 10))))
                .extracting(SellableItem::code)
                .containsExactly("PRN-X9");
        assertThat(in(withoutPacks, () -> items.find(ItemRef.product(printer.id()))))
                .isEmpty();
        assertThat(in(withoutPacks, () -> items.find(printerPack.ref()))).isEmpty();
        assertThat(packs.asked).doesNotContainKey(withoutPacks.slug());
    }

    private <T> T in(TenantProfile tenant, Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }

    @TestConfiguration
    static class PacksModule {

        @Bean
        ModuleDescriptor packsModule() {
            return new ModuleDescriptor(
                    "packs", Map.of("fr", "Packs", "en", "Packs", "ar", "الباقات"), List.of(), List.of(), "packs", 98);
        }

        @Bean
        PackSource packSource() {
            return new PackSource();
        }
    }

    /** A module's packs, kept in memory per tenant, and which tenants it was asked about. */
    static class PackSource implements SellableSource {

        final Map<String, List<SellableItem>> byTenant = new ConcurrentHashMap<>();
        final Map<String, Boolean> asked = new ConcurrentHashMap<>();

        SellableItem add(TenantProfile tenant, String code, String label, Money price) {
            SellableItem pack = new SellableItem(new ItemRef("pack", UUID.randomUUID()), code, label, price, true);
            byTenant.merge(
                    tenant.slug(),
                    List.of(pack),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                            .toList());
            return pack;
        }

        @Override
        public String kind() {
            return "pack";
        }

        @Override
        public @Nullable String module() {
            return "packs";
        }

        @Override
        public List<SellableItem> search(String typed, boolean withdrawnToo, int limit) {
            return mine().stream()
                    .filter(pack ->
                            pack.label().toLowerCase().contains(typed.strip().toLowerCase()))
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<SellableItem> find(Collection<UUID> ids) {
            return mine().stream().filter(pack -> ids.contains(pack.ref().id())).toList();
        }

        private List<SellableItem> mine() {
            String slug = TenantContext.require().slug();
            asked.put(slug, true);
            return byTenant.getOrDefault(slug, List.of());
        }
    }
}
