package guichet.shops.stock;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's stock levels. */
public interface StockLevels extends Repository<StockLevel, StockLevel.Key> {

    /** The levels of a site, of a product, or both; only those at or under their threshold with {@code low}. */
    @Query("""
            select l from StockLevel l
            where (:site is null or l.siteId = :site)
              and (:product is null or l.productId = :product)
              and (:low = false or (l.lowThreshold is not null and l.quantity <= l.lowThreshold))""")
    Page<StockLevel> search(@Nullable UUID site, @Nullable UUID product, boolean low, Pageable page);

    @Query("select l from StockLevel l where l.siteId = :site and l.productId in :products")
    List<StockLevel> at(UUID site, Collection<UUID> products);
}
