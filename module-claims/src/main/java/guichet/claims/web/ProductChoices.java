package guichet.claims.web;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.ids.CustomerId;
import guichet.platform.sales.Sale;
import guichet.platform.sales.Sales;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What a ticket may be about: the products a customer bought or ordered (seed 004), the services of an agency (000). */
@Component
@Transactional(readOnly = true)
class ProductChoices {

    /** A purchase as a choice: the sale and its product. */
    record Purchase(Sale sale, Product product) {}

    private final Sales sales;
    private final Products products;

    ProductChoices(Sales sales, Products products) {
        this.sales = sales;
        this.products = products;
    }

    /** The customer's purchases and orders, latest first, each with its product (two queries). */
    List<Purchase> purchases(CustomerId customer) {
        List<Sale> bought = sales.of(customer);
        Map<UUID, Product> byId = new HashMap<>();
        products.findAllById(
                        bought.stream().map(s -> s.product().value()).distinct().toList())
                .forEach(p -> byId.put(p.id().value(), p));
        return bought.stream()
                .filter(s -> byId.containsKey(s.product().value()))
                .map(s -> new Purchase(s, byId.get(s.product().value())))
                .toList();
    }

    /** The services on sale (a kiosk's services, seed 000), by code. */
    List<Product> services() {
        return products.findByOnSaleTrue(PageRequest.of(0, 200, Sort.by("code"))).stream()
                .filter(p -> p.kind() == Product.Kind.SERVICE)
                .toList();
    }

    /** Every product on sale, by code (at most 200), for the staff's choice. */
    List<Product> onSale() {
        return products.findByOnSaleTrue(PageRequest.of(0, 200, Sort.by("code")))
                .getContent();
    }
}
