package guichet.platform.search;

import guichet.platform.catalog.ItemRef;
import guichet.platform.catalog.Products;
import guichet.platform.catalog.SellableItem;
import guichet.platform.catalog.SellableSource;
import guichet.platform.ids.ProductId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Platform core's products and services as the catalogue port's sellable items ({@code product:<id>}), every tenant
 * having them, searched through this search port so that another engine serves them too. They come before the modules'
 * items.
 */
@Component
@Order(0)
class SellableProducts implements SellableSource {

    private final SearchEngine search;
    private final Products products;

    SellableProducts(SearchEngine search, Products products) {
        this.search = search;
        this.products = products;
    }

    @Override
    public String kind() {
        return ItemRef.PRODUCT;
    }

    @Override
    public @Nullable String module() {
        return null;
    }

    /** By reference, as {@link SearchEngine#findProducts} answers: two queries. */
    @Override
    public List<SellableItem> search(String typed, boolean withdrawnToo, int limit) {
        List<ProductId> ids = search.findProducts(typed, !withdrawnToo, limit);
        Map<UUID, SellableItem> byId = new HashMap<>();
        find(ids.stream().map(ProductId::value).toList())
                .forEach(item -> byId.put(item.ref().id(), item));
        return ids.stream()
                .map(id -> byId.get(id.value()))
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    public List<SellableItem> find(Collection<UUID> ids) {
        return ids.isEmpty()
                ? List.of()
                : products.findAllById(ids).stream().map(SellableItem::of).toList();
    }
}
