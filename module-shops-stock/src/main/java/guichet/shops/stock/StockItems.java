package guichet.shops.stock;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's serial-numbered items. */
public interface StockItems extends Repository<StockItem, UUID> {

    @Query("select i from StockItem i where i.productId = :product and i.serialNumber = :serial")
    Optional<StockItem> find(UUID product, String serial);

    /** Every item with this serial number, whatever its product (a look-up at the counter). */
    List<StockItem> findBySerialNumber(String serial);

    @Query("select i from StockItem i where i.productId = :product and i.serialNumber in :serials")
    List<StockItem> withSerials(UUID product, List<String> serials);

    @Query("select i from StockItem i where i.siteId = :site and i.productId = :product and i.status = 'IN_STOCK'"
            + " order by i.serialNumber")
    List<StockItem> inStock(UUID site, UUID product);

    /** Whether the product is followed item by item (it ever had a serial-numbered item). */
    @Query("select count(i) > 0 from StockItem i where i.productId = :product")
    boolean tracked(UUID product);
}
