package guichet.offers.web.api;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.web.PageLinks;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The products and services on sale, as JSON. */
@RestController
class OffersApiController {

    private static final Set<String> SORTABLE = Set.of("code", "name", "kind", "provider");

    private final Products products;

    OffersApiController(Products products) {
        this.products = products;
    }

    @GetMapping("/api/offers/products")
    @Transactional(readOnly = true)
    ProductPage onSale(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        Page<ProductResponse> shown = products.findByOnSaleTrue(
                        PageLinks.request(page, size, sort, dir, SORTABLE, Sort.by("name")))
                .map(ProductResponse::of);
        return new ProductPage(shown.getContent(), shown.getNumber(), shown.getSize(), shown.getTotalElements());
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

    /** A page of products. */
    record ProductPage(List<ProductResponse> items, int page, int size, long total) {}
}
