package guichet.platform.testing;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.ids.ProductId;
import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.Refusal;
import guichet.platform.sales.Sale;
import guichet.platform.sales.SaleParticipant;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A stand-in module for tests of the sale port, taking part in sales as the shops module will. Module {@value #ID}
 * keeps a stock per product ({@code dep_stock} in each tenant's schema), takes one at each sale of a tenant that has
 * the module and refuses the sale when none is left; after that, it refuses serial numbers put on its blocklist, so
 * that a test sees the stock it took given back by the rollback. Import it with {@code @Import(DepotModule.class)} and
 * give the test's tenant the module; its messages are {@code depot.*}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DepotModule {

    public static final String ID = "depot";

    @Bean
    ModuleDescriptor depotModuleDescriptor() {
        return new ModuleDescriptor(
                ID, Map.of("fr", "Dépôt", "en", "Depot", "ar", "المستودع"), List.of(), List.of(), "depot", 97);
    }

    @Bean
    Depot depot(DataSource dataSource, Products products) {
        return new Depot(new JdbcTemplate(dataSource), products);
    }

    @Bean
    Blocklist depotBlocklist() {
        return new Blocklist();
    }

    /** The depot's stock and its part in a sale: one taken, or the sale refused when none is left. */
    @Order(1)
    public static class Depot implements SaleParticipant {

        private final JdbcTemplate jdbc;
        private final Products products;

        Depot(JdbcTemplate jdbc, Products products) {
            this.jdbc = jdbc;
            this.products = products;
        }

        @Override
        public String module() {
            return ID;
        }

        /** Puts exactly so many of the product in the tenant's depot. */
        public void stock(TenantProfile tenant, ProductId product, int quantity) {
            jdbc.update(
                    "insert into " + table(tenant.id()) + " (product_id, quantity) values (?, ?)"
                            + " on conflict (product_id) do update set quantity = excluded.quantity",
                    product.value(),
                    quantity);
        }

        /** How many of the product the tenant's depot holds. */
        public int inStock(TenantProfile tenant, ProductId product) {
            List<Integer> quantity = jdbc.queryForList(
                    "select quantity from " + table(tenant.id()) + " where product_id = ?",
                    Integer.class,
                    product.value());
            return quantity.isEmpty() ? 0 : quantity.getFirst();
        }

        @Override
        public void onSale(Sale sale) {
            int taken = jdbc.update(
                    "update " + table(TenantContext.require())
                            + " set quantity = quantity - 1 where product_id = ? and quantity > 0",
                    sale.product().value());
            if (taken == 0) {
                String code = products.find(sale.product()).map(Product::code).orElseThrow();
                throw new Refusal("depot.refused.out-of-stock", code);
            }
        }

        private static String table(TenantId tenant) {
            return tenant.schemaName() + ".dep_stock";
        }
    }

    /** Serial numbers the depot refuses, checked after it has taken its stock. */
    @Order(2)
    public static class Blocklist implements SaleParticipant {

        private final Set<String> blocked = ConcurrentHashMap.newKeySet();

        /** Refuses every sale of a product with this serial number from now on. */
        public void block(String serial) {
            blocked.add(serial);
        }

        @Override
        public String module() {
            return ID;
        }

        @Override
        public void onSale(Sale sale) {
            sale.serialNumber()
                    .filter(serial -> blocked.contains(serial.value()))
                    .ifPresent(serial -> {
                        throw new Refusal("depot.refused.blocked", serial.value());
                    });
        }
    }
}
