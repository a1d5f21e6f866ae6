package guichet.customers.catalog;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.ProductId;
import guichet.platform.catalog.Products;
import guichet.platform.search.SearchEngine;
import guichet.platform.web.NotFound;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's products: listed, searched through the search port, added and changed, references kept unique. */
@Service
public class ProductCatalog {

    /** How many products a search lists at most. */
    static final int SEARCH_LIMIT = 100;

    private final Products products;
    private final SearchEngine search;
    private final Clock clock;

    ProductCatalog(Products products, SearchEngine search, Clock clock) {
        this.products = products;
        this.search = search;
        this.clock = clock;
    }

    /** A page of products, or those matching what was typed (from the third letter), by reference. */
    @Transactional(readOnly = true)
    public Page<Product> find(@Nullable String typed, Pageable page) {
        if (typed == null || typed.isBlank()) {
            return products.findAll(page);
        }
        if (typed.strip().length() < 3) {
            return Page.empty(page);
        }
        List<Product> found = inOrder(search.findProducts(typed, false, SEARCH_LIMIT));
        return new PageImpl<>(found, Pageable.ofSize(Math.max(1, found.size())), found.size());
    }

    @Transactional(readOnly = true)
    public Product get(ProductId id) {
        return products.find(id).orElseThrow(() -> new NotFound("Product " + id));
    }

    /** What is wrong with these details for this product ({@code null} for a new one). */
    @Transactional(readOnly = true)
    public Map<String, String> problems(ProductDetails details, @Nullable ProductId self) {
        Map<String, String> problems = new LinkedHashMap<>(details.problems());
        if (details.code() != null
                && products.findByCode(details.code())
                        .filter(p -> !p.id().equals(self))
                        .isPresent()) {
            problems.putIfAbsent("code", "customers.error.product.code.taken");
        }
        return problems;
    }

    @Transactional
    public Product add(ProductDetails details) {
        reject(problems(details, null));
        Product product =
                new Product(details.code(), details.name(), details.kind(), details.provider(), clock.instant());
        details.applyTo(product, clock.instant());
        return products.save(product);
    }

    @Transactional
    public Product change(ProductId id, ProductDetails details) {
        Product product = get(id);
        reject(problems(details, id));
        if (!details.describes(product)) {
            details.applyTo(product, clock.instant());
        }
        return product;
    }

    List<Product> inOrder(List<ProductId> ids) {
        Map<UUID, Product> byId = new HashMap<>();
        products.findAllById(ids.stream().map(ProductId::value).toList()).forEach(p -> byId.put(p.id().value(), p));
        return ids.stream()
                .map(id -> byId.get(id.value()))
                .filter(Objects::nonNull)
                .toList();
    }

    private static void reject(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new ProductRejected(problems);
        }
    }
}
