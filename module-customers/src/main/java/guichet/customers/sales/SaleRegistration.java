package guichet.customers.sales;

import guichet.customers.directory.CustomerDirectory;
import guichet.customers.figures.CustomerFigures;
import guichet.platform.accounts.AccountRequest;
import guichet.platform.accounts.UserAdministration;
import guichet.platform.catalog.ItemRef;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.catalog.SellableItem;
import guichet.platform.catalog.SellableItems;
import guichet.platform.catalog.SellableSearch;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.history.InteractionLog;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SaleId;
import guichet.platform.realms.AccountRejected;
import guichet.platform.sales.Sale;
import guichet.platform.sales.SaleLedger;
import guichet.platform.sales.Sales;
import guichet.platform.sales.SerialNumber;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import guichet.platform.web.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers sales and orders (seeds 004 and 001): checks everything first (the product, the serial number's format and
 * uniqueness for the product, the date, the customer), then opens the customer's account if asked, records the sale
 * through the {@link SaleLedger}, where the tenant's other modules take part (the shops module reserving stock), and
 * records it in the customer's history, all in one transaction, which a module's refusal rolls back.
 */
@Service
public class SaleRegistration {

    private final Sales sales;
    private final SaleLedger ledger;
    private final Products products;
    private final Customers customers;
    private final Users users;
    private final SellableItems items;
    private final CustomerDirectory directory;
    private final UserAdministration administration;
    private final InteractionLog history;
    private final CurrentTenant tenant;
    private final CustomerFigures figures;
    private final Clock clock;

    SaleRegistration(
            Sales sales,
            SaleLedger ledger,
            Products products,
            Customers customers,
            Users users,
            SellableItems items,
            CustomerDirectory directory,
            UserAdministration administration,
            InteractionLog history,
            CurrentTenant tenant,
            CustomerFigures figures,
            Clock clock) {
        this.figures = figures;
        this.sales = sales;
        this.ledger = ledger;
        this.products = products;
        this.customers = customers;
        this.users = users;
        this.items = items;
        this.directory = directory;
        this.administration = administration;
        this.history = history;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** The tenant's today, the sale date's default. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(tenant.zoneId()));
    }

    /**
     * The products offered for what was typed: the whole catalogue (products withdrawn from sale too, for an older
     * purchase) searched by reference and designation, through the catalogue port.
     */
    @Transactional(readOnly = true)
    public ProductChoices productChoices(@Nullable String typed) {
        String letters = typed == null ? "" : typed.strip();
        if (letters.codePointCount(0, letters.length()) < ProductChoices.MIN_LETTERS) {
            return ProductChoices.tooShort();
        }
        return ProductChoices.of(items.search(SellableSearch.of(letters, ProductChoices.MAX_CHOICES)
                .ofKinds(ItemRef.PRODUCT)
                .includingWithdrawn()));
    }

    /** A product as the catalogue port shows it (price included), if it exists. */
    @Transactional(readOnly = true)
    public Optional<SellableItem> item(@Nullable ProductId id) {
        return id == null ? Optional.empty() : items.find(ItemRef.product(id));
    }

    /** A product, if it exists. */
    @Transactional(readOnly = true)
    public Optional<Product> product(@Nullable ProductId id) {
        return id == null ? Optional.empty() : products.find(id);
    }

    /** Whether this customer already has an account to sign in with. */
    @Transactional(readOnly = true)
    public boolean hasAccount(CustomerId customer) {
        return !users.findByCustomerId(customer.value()).isEmpty();
    }

    /** What is wrong with this sale, as field name to message key; empty when it can be registered. */
    @Transactional(readOnly = true)
    public Map<String, String> problems(SaleRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.customer() == null) {
            if (blank(request.lastName())) {
                problems.put("lastName", "customers.error.lastName.required");
            }
            if (blank(request.email())) {
                problems.put("email", "customers.error.email.required");
            }
            if (request.password() == null || request.password().isEmpty()) {
                problems.put("password", "customers.error.password.required");
            }
        } else if (directory
                .optional(request.customer())
                .filter(c -> !c.isMerged())
                .isEmpty()) {
            problems.put("customerId", "customers.error.customer.required");
        } else if (request.opensAccount() && hasAccount(request.customer())) {
            problems.put("email", "customers.error.account.exists");
        }
        if (!blank(request.email())
                && !request.email().strip().matches("^[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}$")) {
            problems.put("email", "customers.error.email.format");
        }
        Optional<Product> product = product(request.product());
        if (product.isEmpty()) {
            problems.put("productId", "customers.error.product.required");
        }
        if (blank(request.serialTyped())) {
            if (!request.ordered()) {
                problems.put("serialNumber", "customers.error.serial.required");
            }
        } else {
            Optional<SerialNumber> serial = SerialNumber.parse(request.serialTyped());
            if (serial.isEmpty()) {
                problems.put("serialNumber", "customers.error.serial.format");
            } else if (product.isPresent() && sales.serialTaken(product.get().id(), serial.get())) {
                problems.put("serialNumber", "customers.error.serial.taken");
            }
        }
        if (request.soldOn() == null) {
            problems.put("soldOn", "customers.error.soldOn.format");
        } else if (request.soldOn().isAfter(today())) {
            problems.put("soldOn", "customers.error.soldOn.future");
        }
        return problems;
    }

    /**
     * Registers the sale (or order) and, when asked, opens the customer's account first.
     *
     * @throws SaleRejected if anything is wrong, the account's refusal included
     * @throws guichet.platform.modules.Refusal if a module taking part in sales refuses it; nothing is kept, the
     *     account opened in Keycloak included
     */
    @Transactional
    public Sale register(SaleRequest request) {
        Map<String, String> problems = problems(request);
        if (!problems.isEmpty()) {
            throw new SaleRejected(problems);
        }
        GuichetUser seller = directory.me();
        CustomerId customer = request.customer();
        if (request.opensAccount()) {
            customer = openAccount(request, customer);
        }
        Product product = product(request.product()).orElseThrow();
        SerialNumber serial = blank(request.serialTyped())
                ? null
                : SerialNumber.parse(request.serialTyped()).orElseThrow();
        Sale sale = request.ordered()
                ? Sale.ordered(
                        customer, product.id(), serial, request.soldOn(), seller.id(), seller.site(), clock.instant())
                : Sale.delivered(
                        customer, product.id(), serial, request.soldOn(), seller.id(), seller.site(), clock.instant());
        ledger.record(sale);
        figures.sold(sale);
        history.record(
                request.ordered() ? "ORDER_REGISTERED" : "SALE_REGISTERED",
                "customer",
                customer.toString(),
                product.code() + " · " + product.name() + (serial == null ? "" : " · " + serial.value()));
        return sale;
    }

    /** Marks an order delivered on a day. */
    @Transactional
    public Sale deliver(SaleId id, LocalDate on) {
        Sale sale = sales.find(id).orElseThrow(() -> new NotFound("Sale " + id));
        directory.visible(sale.customer());
        if (on.isAfter(today())) {
            throw new SaleRejected(Map.of("deliveredOn", "customers.error.soldOn.future"));
        }
        if (sale.status() == Sale.Status.ORDERED) {
            sale.deliver(on, clock.instant());
            history.record(
                    "SALE_DELIVERED",
                    "customer",
                    sale.customer().toString(),
                    sale.id().toString());
        }
        return sale;
    }

    private CustomerId openAccount(SaleRequest request, @Nullable CustomerId existing) {
        String number = existing == null
                ? null
                : customers.find(existing).map(c -> c.number().value()).orElseThrow();
        Customer holder = existing == null ? null : customers.find(existing).orElseThrow();
        String lastName = !blank(request.lastName())
                ? request.lastName().strip()
                : holder != null && holder.lastName() != null ? holder.lastName() : holder.displayName();
        String firstName =
                !blank(request.firstName()) ? request.firstName().strip() : holder == null ? null : holder.firstName();
        try {
            User account = administration.openCustomerAccount(new AccountRequest(
                    request.email().strip().toLowerCase(Locale.ROOT),
                    firstName,
                    lastName,
                    Set.of(Role.CUSTOMER),
                    null,
                    number,
                    request.password()));
            return account.customer().orElseThrow();
        } catch (AccountRejected rejected) {
            String field = switch (rejected.field()) {
                case "password", "firstName", "lastName" -> rejected.field();
                default -> "email";
            };
            throw new SaleRejected(Map.of(field, rejected.messageKey()));
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
