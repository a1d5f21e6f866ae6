package guichet.customers.catalog;

import guichet.customers.tables.RowProblem;
import guichet.customers.tables.Table;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the distributor's product table (seed 004): reference, designation and whether the product is still on sale,
 * plus optional kind and provider columns. Every row is checked first; a file with any bad row imports nothing and
 * lists them all. Products are matched by reference, so importing the same file twice changes nothing the second time.
 */
@Service
public class ProductTableImport {

    /** What an import did, or would have done, and what was wrong. */
    public record Report(int rows, int created, int updated, int unchanged, List<RowProblem> problems) {

        public boolean applied() {
            return problems.isEmpty();
        }
    }

    private static final Set<String> YES = Set.of("oui", "o", "yes", "y", "true", "vrai", "1", "x", "en vente");
    private static final Set<String> NO = Set.of("non", "n", "no", "false", "faux", "0", "plus en vente");

    private final Products products;
    private final Clock clock;

    ProductTableImport(Products products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    /** Checks every row, then, if all are good, creates or updates the products in this one transaction. */
    @Transactional
    public Report importTable(Table table) {
        int code = table.column("reference", "référence", "ref", "code");
        int name = table.column("designation", "désignation", "libelle", "libellé", "name", "nom");
        int onSale = table.column("en vente", "envente", "on sale", "onsale", "vente", "encore en vente", "actif");
        int kind = table.column("type", "kind");
        int provider = table.column("fournisseur", "marque", "provider", "brand");
        List<RowProblem> problems = new ArrayList<>();
        if (code < 0 || name < 0 || onSale < 0) {
            problems.add(new RowProblem(1, String.join(", ", table.header()), "customers.import.error.columns", ""));
            return new Report(table.rows().size(), 0, 0, 0, problems);
        }
        Map<String, ProductDetails> wanted = new java.util.LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            int line = table.lines().get(i);
            String sale = row.get(onSale).toLowerCase(Locale.ROOT).strip();
            if (!YES.contains(sale) && !NO.contains(sale)) {
                problems.add(new RowProblem(
                        line, table.header().get(onSale), "customers.import.error.onSale", row.get(onSale)));
            }
            Product.Kind parsedKind = Product.Kind.PRODUCT;
            if (kind >= 0 && !row.get(kind).isBlank()) {
                String k = Table.key(row.get(kind));
                if (List.of("service", "prestation").contains(k)) {
                    parsedKind = Product.Kind.SERVICE;
                } else if (!List.of("product", "produit").contains(k)) {
                    problems.add(new RowProblem(
                            line, table.header().get(kind), "customers.import.error.kind", row.get(kind)));
                }
            }
            ProductDetails details = new ProductDetails(
                    row.get(code),
                    row.get(name),
                    parsedKind,
                    provider < 0 ? null : row.get(provider),
                    YES.contains(sale));
            details.problems()
                    .forEach((field, key) -> problems.add(new RowProblem(
                            line,
                            table.header()
                                    .get(
                                            field.equals("code")
                                                    ? code
                                                    : field.equals("name") ? name : Math.max(provider, 0)),
                            key,
                            field.equals("code") ? row.get(code) : field.equals("name") ? row.get(name) : "")));
            if (details.code() != null && !seen.add(details.code().toUpperCase(Locale.ROOT))) {
                problems.add(new RowProblem(
                        line, table.header().get(code), "customers.import.error.duplicate", row.get(code)));
            }
            if (details.code() != null) {
                wanted.put(details.code(), details);
            }
        }
        if (!problems.isEmpty()) {
            return new Report(table.rows().size(), 0, 0, 0, problems);
        }
        return apply(table.rows().size(), wanted);
    }

    private Report apply(int rows, Map<String, ProductDetails> wanted) {
        Map<String, Product> existing = new HashMap<>();
        products.findAll(org.springframework.data.domain.Pageable.unpaged()).forEach(p -> existing.put(p.code(), p));
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ProductDetails details : wanted.values()) {
            Product product = existing.get(details.code());
            if (product == null) {
                Product added = new Product(details.code(), details.name(), details.kind(), details.provider(), now);
                details.applyTo(added, now);
                products.save(added);
                created++;
            } else if (details.describes(product)) {
                unchanged++;
            } else {
                details.applyTo(product, now);
                updated++;
            }
        }
        return new Report(rows, created, updated, unchanged, List.of());
    }
}
