package guichet.shops.stock;

import guichet.platform.ids.ProductId;
import guichet.platform.ids.SaleId;
import guichet.platform.ids.SiteId;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The statements that write stock, each one conditional where a concurrent movement could otherwise overwrite
 * another (ADR 50): what {@link StockLedger} decides, these carry out, in the caller's transaction.
 */
@Component
class StockStatements {

    /** A site's quantity of a product after a change, and its alert threshold if it has one. */
    record Level(int quantity, @Nullable Integer threshold) {

        /** Whether going from {@code before} to this quantity crossed the threshold downwards. */
        boolean crossedDownFrom(int before) {
            return threshold != null && quantity <= threshold && before > threshold;
        }
    }

    private final EntityManager entities;
    private final Clock clock;

    StockStatements(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    /** Adds to a site's quantity (the row made if missing); the new quantity. */
    int add(SiteId site, ProductId product, int quantity) {
        return ((Number) entities.createNativeQuery("insert into shp_stock (site_id, product_id, quantity, updated_at)"
                                + " values (:site, :product, :quantity, :now)"
                                + " on conflict (site_id, product_id) do update"
                                + " set quantity = shp_stock.quantity + excluded.quantity,"
                                + " updated_at = excluded.updated_at returning quantity")
                        .setParameter("site", site.value())
                        .setParameter("product", product.value())
                        .setParameter("quantity", quantity)
                        .setParameter("now", now())
                        .getSingleResult())
                .intValue();
    }

    /** Takes {@code quantity} if the site has that many, in one statement; empty when it has fewer. */
    Optional<Level> take(SiteId site, ProductId product, int quantity) {
        List<?> left = entities.createNativeQuery("update shp_stock set quantity = quantity - :quantity,"
                        + " updated_at = :now where site_id = :site and product_id = :product"
                        + " and quantity >= :quantity returning quantity, low_threshold")
                .setParameter("quantity", quantity)
                .setParameter("now", now())
                .setParameter("site", site.value())
                .setParameter("product", product.value())
                .getResultList();
        return left.stream().findFirst().map(row -> level((Object[]) row));
    }

    /** Sets a site's quantity to what a count found, the row locked meanwhile; the quantity before. */
    int setCounted(SiteId site, ProductId product, int counted) {
        ensureRow(site, product);
        int before = ((Number) entities.createNativeQuery(
                                "select quantity from shp_stock where site_id = :site and product_id = :product for update")
                        .setParameter("site", site.value())
                        .setParameter("product", product.value())
                        .getSingleResult())
                .intValue();
        if (before != counted) {
            entities.createNativeQuery("update shp_stock set quantity = :counted, updated_at = :now"
                            + " where site_id = :site and product_id = :product")
                    .setParameter("counted", counted)
                    .setParameter("now", now())
                    .setParameter("site", site.value())
                    .setParameter("product", product.value())
                    .executeUpdate();
        }
        return before;
    }

    /** The alert threshold of a site's product (the row made if missing). */
    void setThreshold(SiteId site, ProductId product, @Nullable Integer threshold) {
        ensureRow(site, product);
        entities.createNativeQuery("update shp_stock set low_threshold = :threshold"
                        + " where site_id = :site and product_id = :product")
                .setParameter("threshold", threshold)
                .setParameter("site", site.value())
                .setParameter("product", product.value())
                .executeUpdate();
    }

    /** The threshold of a site's product, if it has one. */
    @Nullable
    Integer threshold(SiteId site, ProductId product) {
        Number threshold = (Number) entities.createNativeQuery(
                        "select low_threshold from shp_stock where site_id = :site and product_id = :product")
                .setParameter("site", site.value())
                .setParameter("product", product.value())
                .getSingleResult();
        return threshold == null ? null : threshold.intValue();
    }

    void newItem(ProductId product, String serial, SiteId site) {
        entities.createNativeQuery("insert into shp_stock_item (id, product_id, serial_number, site_id, status,"
                        + " received_at, updated_at) values (:id, :product, :serial, :site, 'IN_STOCK', :now, :now)")
                .setParameter("id", UUID.randomUUID())
                .setParameter("product", product.value())
                .setParameter("serial", serial)
                .setParameter("site", site.value())
                .setParameter("now", now())
                .executeUpdate();
    }

    /** Moves the items in stock at one site to another; how many moved. */
    int moveItems(ProductId product, List<String> serials, SiteId from, SiteId to) {
        return entities.createNativeQuery("update shp_stock_item set site_id = :to, updated_at = :now"
                        + " where product_id = :product and site_id = :from and status = 'IN_STOCK'"
                        + " and serial_number in (:serials)")
                .setParameter("to", to.value())
                .setParameter("now", now())
                .setParameter("product", product.value())
                .setParameter("from", from.value())
                .setParameter("serials", serials)
                .executeUpdate();
    }

    /** Marks an item in stock at the site as sold by a sale; whether it was there. */
    boolean sellItem(ProductId product, String serial, SiteId site, SaleId sale) {
        return entities.createNativeQuery("update shp_stock_item set status = 'SOLD', sale_id = :sale,"
                                + " updated_at = :now where product_id = :product and serial_number = :serial"
                                + " and site_id = :site and status = 'IN_STOCK'")
                        .setParameter("sale", sale.value())
                        .setParameter("now", now())
                        .setParameter("product", product.value())
                        .setParameter("serial", serial)
                        .setParameter("site", site.value())
                        .executeUpdate()
                > 0;
    }

    /** Marks these items in stock at the site as missing (a count did not find them). */
    void missItems(ProductId product, List<String> serials, SiteId site) {
        if (serials.isEmpty()) {
            return;
        }
        entities.createNativeQuery("update shp_stock_item set status = 'MISSING', updated_at = :now"
                        + " where product_id = :product and site_id = :site and status = 'IN_STOCK'"
                        + " and serial_number = any(:serials)")
                .setParameter("now", now())
                .setParameter("product", product.value())
                .setParameter("site", site.value())
                .setParameter("serials", serials.toArray(String[]::new))
                .executeUpdate();
    }

    /** Puts a sold item back in stock at the site; whether it had been sold. */
    boolean returnItem(ProductId product, String serial, SiteId site) {
        return entities.createNativeQuery("update shp_stock_item set status = 'IN_STOCK', sale_id = null,"
                                + " site_id = :site, updated_at = :now where product_id = :product"
                                + " and serial_number = :serial and status = 'SOLD'")
                        .setParameter("site", site.value())
                        .setParameter("now", now())
                        .setParameter("product", product.value())
                        .setParameter("serial", serial)
                        .executeUpdate()
                > 0;
    }

    private void ensureRow(SiteId site, ProductId product) {
        entities.createNativeQuery("insert into shp_stock (site_id, product_id, quantity, updated_at)"
                        + " values (:site, :product, 0, :now) on conflict do nothing")
                .setParameter("site", site.value())
                .setParameter("product", product.value())
                .setParameter("now", now())
                .executeUpdate();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Level level(Object[] row) {
        return new Level(((Number) row[0]).intValue(), row[1] == null ? null : ((Number) row[1]).intValue());
    }
}
