package guichet.platform.catalog;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One kind of sellable items, contributed to the catalogue port ({@link SellableItems}) as a bean: platform core
 * contributes its products, the offers module will contribute its offers and its packs. A source answers within the
 * current tenant (one is bound) and in the caller's transaction; {@link SellableItems} asks it only for tenants that
 * have its module.
 */
public interface SellableSource {

    /** The kind of its items, unique among sources: the first part of their {@link ItemRef}. */
    String kind();

    /** The module its items belong to (a tenant without it sees none of them), or null for platform core's own. */
    @Nullable
    String module();

    /**
     * Items whose reference or designation contains every typed word, at most {@code limit}, in the source's own order;
     * only those on sale unless {@code withdrawnToo}.
     */
    List<SellableItem> search(String typed, boolean withdrawnToo, int limit);

    /** The items with these ids, on sale or not, in any order; ids it does not know are left out. */
    List<SellableItem> find(Collection<UUID> ids);
}
