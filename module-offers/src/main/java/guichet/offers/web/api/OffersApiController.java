package guichet.offers.web.api;

import guichet.offers.OffersModule;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageResponse;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The products and services on sale, as JSON. */
@RestController
@RequiresPermission(OffersModule.VIEW)
class OffersApiController {

    private static final Set<String> SORTABLE = Set.of("code", "name", "kind", "provider");

    private final Products products;

    OffersApiController(Products products) {
        this.products = products;
    }

    @GetMapping("/api/offers/products")
    @Transactional(readOnly = true)
    PageResponse<ProductResponse> onSale(ListQuery query) {
        return PageResponse.of(
                products.findByOnSaleTrue(query.pageable(SORTABLE, Sort.by("name"))), ProductResponse::of);
    }

    /** A product as the API shows it. */
    record ProductResponse(
            UUID id,
            String code,
            String name,
            String kind,
            @Nullable String provider) {
        static ProductResponse of(Product product) {
            return new ProductResponse(
                    product.id().value(),
                    product.code(),
                    product.name(),
                    product.kind().name(),
                    product.provider());
        }
    }
}
