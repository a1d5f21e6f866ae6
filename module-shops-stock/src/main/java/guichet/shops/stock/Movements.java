package guichet.shops.stock;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's stock journal. */
public interface Movements extends Repository<Movement, UUID> {

    Movement save(Movement movement);

    /** The movements of a site, of a product, of a kind, or any; newest first unless the page sorts otherwise. */
    @Query("""
            select m from Movement m
            where (:site is null or m.siteId = :site)
              and (:product is null or m.productId = :product)
              and (:kind is null or m.kind = :kind)""")
    Page<Movement> search(@Nullable UUID site, @Nullable UUID product, @Nullable MovementKind kind, Pageable page);
}
