package guichet.customers.web.api;

import guichet.customers.CustomersModule;
import guichet.customers.directory.CustomerDirectory;
import guichet.customers.directory.CustomerFile;
import guichet.customers.sales.ProductChoices;
import guichet.customers.sales.SaleRegistration;
import guichet.customers.sales.SaleRejected;
import guichet.customers.sales.SaleRequest;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.SellableItem;
import guichet.platform.customers.Customer;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.SaleId;
import guichet.platform.sales.Sale;
import guichet.platform.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sales and orders (seed 004) through the API, with the same checks as the seller's page. */
@Tag(name = "Sales", description = "Sales and orders with serial numbers (seed 004)")
@RestController
@RequiresPermission(CustomersModule.SELL)
@RequestMapping("/api/customers")
class SaleApiController {

    /**
     * A sale to register: for the customer with {@code customerNumber}, or for a new account (names, e-mail, password).
     */
    record SaleApiRequest(
            @Nullable String customerNumber,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String email,
            @Nullable String password,
            @Nullable String productCode,
            @Nullable String serialNumber,
            @Nullable LocalDate soldOn,
            @Nullable Boolean ordered) {}

    /** A purchase or order. */
    record SaleResponse(
            UUID id,
            UUID customerId,
            String productCode,
            String productName,
            @Nullable String serialNumber,
            LocalDate soldOn,
            String status,
            @Nullable LocalDate deliveredOn) {

        static SaleResponse of(Sale sale, Product product) {
            return new SaleResponse(
                    sale.id().value(),
                    sale.customer().value(),
                    product.code(),
                    product.name(),
                    sale.serialNumber().map(s -> s.value()).orElse(null),
                    sale.soldOn(),
                    sale.status().name(),
                    sale.deliveredOn().orElse(null));
        }
    }

    /** The products offered for what was typed: none before three letters, choices under ten matches. */
    record ChoicesResponse(String state, List<ProductResponse> products) {}

    /** A product. */
    record ProductResponse(UUID id, String code, String name, boolean onSale) {
        static ProductResponse of(SellableItem product) {
            return new ProductResponse(product.ref().id(), product.code(), product.label(), product.onSale());
        }
    }

    /** A marking of delivery. */
    record DeliveryRequest(@Nullable LocalDate on) {}

    private final SaleRegistration registration;
    private final CustomerDirectory directory;
    private final CustomerFile file;
    private final guichet.platform.catalog.Products products;

    SaleApiController(
            SaleRegistration registration,
            CustomerDirectory directory,
            CustomerFile file,
            guichet.platform.catalog.Products products) {
        this.registration = registration;
        this.directory = directory;
        this.file = file;
        this.products = products;
    }

    @Operation(summary = "Products offered for what was typed: none before three letters, choices under ten matches")
    @GetMapping("/products/choices")
    ChoicesResponse choices(@RequestParam(required = false) @Nullable String q) {
        ProductChoices choices = registration.productChoices(q);
        return new ChoicesResponse(
                choices.state().name(),
                choices.products().stream().map(ProductResponse::of).toList());
    }

    @Operation(summary = "Register a sale or an order, opening the customer's account if asked")
    @PostMapping("/sales")
    @ResponseStatus(HttpStatus.CREATED)
    SaleResponse register(@RequestBody SaleApiRequest request) {
        Customer customer = null;
        if (request.customerNumber() != null && !request.customerNumber().isBlank()) {
            customer = directory
                    .byNumber(request.customerNumber())
                    .orElseThrow(() -> new SaleRejected(Map.of("customerNumber", "customers.error.customer.required")));
        }
        Product product = request.productCode() == null
                ? null
                : products.findByCode(request.productCode().strip()).orElse(null);
        Sale sale = registration.register(new SaleRequest(
                customer == null ? null : customer.id(),
                request.firstName(),
                request.lastName(),
                request.email(),
                request.password(),
                product == null ? null : product.id(),
                request.serialNumber(),
                request.soldOn() == null ? registration.today() : request.soldOn(),
                Boolean.TRUE.equals(request.ordered())));
        return SaleResponse.of(sale, registration.product(sale.product()).orElseThrow());
    }

    @Operation(summary = "Mark an order delivered")
    @PostMapping("/sales/{id}/deliver")
    SaleResponse deliver(@PathVariable UUID id, @RequestBody(required = false) @Nullable DeliveryRequest request) {
        LocalDate on = request == null || request.on() == null ? registration.today() : request.on();
        Sale sale = registration.deliver(new SaleId(id), on);
        return SaleResponse.of(sale, registration.product(sale.product()).orElseThrow());
    }

    /** A customer's purchases and orders, the latest first. */
    @Operation(summary = "A customer's purchases and orders")
    @GetMapping("/{number}/sales")
    @RequiresPermission(CustomersModule.VIEW)
    List<SaleResponse> of(@PathVariable String number) {
        Customer customer = directory.byNumber(number).orElseThrow(() -> new NotFound("Customer " + number));
        return file.purchases(customer.id()).stream()
                .map(p -> SaleResponse.of(p.sale(), p.product()))
                .toList();
    }
}
