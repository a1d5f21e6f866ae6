package guichet.customers.catalog;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.ids.ProductId;
import guichet.platform.money.Money;
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

/**
 * The tenant's products: listed, searched through the search port, added and changed, references kept unique, unit
 * prices in the tenant's currency from zero up.
 */
@Service
public class ProductCatalog {

    /** How many products a search lists at most. */
    static final int SEARCH_LIMIT = 100;

    /** The highest unit price the catalogue keeps (its column has twelve digits before the decimal mark). */
    static final java.math.BigDecimal MAX_PRICE = new java.math.BigDecimal("999999999999");

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

    /** Adds a product without a price. */
    @Transactional
    public Product add(ProductDetails details) {
        return add(details, null);
    }

    /** Adds a product at this unit price (in the tenant's currency), or none. */
    @Transactional
    public Product add(ProductDetails details, @Nullable Money unitPrice) {
        reject(problems(details, null), unitPrice);
        Product product =
                new Product(details.code(), details.name(), details.kind(), details.provider(), clock.instant());
        details.applyTo(product, clock.instant());
        product.price(unitPrice, clock.instant());
        return products.save(product);
    }

    /** Changes a product's details, keeping its price. */
    @Transactional
    public Product change(ProductId id, ProductDetails details) {
        Product product = get(id);
        return change(product, details, product.unitPrice());
    }

    /** Changes a product's details and sets its unit price (in the tenant's currency), or removes it. */
    @Transactional
    public Product change(ProductId id, ProductDetails details, @Nullable Money unitPrice) {
        return change(get(id), details, unitPrice);
    }

    private Product change(Product product, ProductDetails details, @Nullable Money unitPrice) {
        reject(problems(details, product.id()), unitPrice);
        if (!details.describes(product)) {
            details.applyTo(product, clock.instant());
        }
        if (!Objects.equals(product.unitPrice(), unitPrice)) {
            product.price(unitPrice, clock.instant());
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

    private static void reject(Map<String, String> problems, @Nullable Money unitPrice) {
        Map<String, String> all = new LinkedHashMap<>(problems);
        if (unitPrice != null && (unitPrice.isNegative() || unitPrice.amount().compareTo(MAX_PRICE) > 0)) {
            all.put("unitPrice", "customers.error.price.range");
        }
        if (!all.isEmpty()) {
            throw new ProductRejected(all);
        }
    }
}
