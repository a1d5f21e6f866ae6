package guichet.customers.directory;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerPanel;
import guichet.platform.customers.Customers;
import guichet.platform.history.Interaction;
import guichet.platform.history.Interactions;
import guichet.platform.identity.GuichetUser;
import guichet.platform.ids.CustomerId;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.sales.Sale;
import guichet.platform.sales.Sales;
import guichet.platform.tenancy.CurrentTenant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything about one customer in one place: his purchases and orders, his history (his own and that of the records
 * merged into him), and the panels other modules add through {@link CustomerPanel} (his tickets, quotes, offers…) —
 * only those of modules the tenant has, whose permission the viewer holds.
 */
@Service
public class CustomerFile {

    /** A panel drawn on the page: its heading key, its fragment and what the fragment needs. */
    public record Panel(String titleKey, String fragment, Map<String, Object> model) {}

    /** A purchase or order, with the product it concerns. */
    public record Purchase(Sale sale, Product product) {

        /** The serial number, or null for an order without one. */
        public @org.jspecify.annotations.Nullable String serial() {
            return sale.serialNumber().map(s -> s.value()).orElse(null);
        }
    }

    private final Customers customers;
    private final Sales sales;
    private final Products products;
    private final Interactions interactions;
    private final List<CustomerPanel> panels;
    private final ModuleRegistry modules;
    private final CurrentTenant tenant;

    CustomerFile(
            Customers customers,
            Sales sales,
            Products products,
            Interactions interactions,
            List<CustomerPanel> panels,
            ModuleRegistry modules,
            CurrentTenant tenant) {
        this.customers = customers;
        this.sales = sales;
        this.products = products;
        this.interactions = interactions;
        this.panels = panels;
        this.modules = modules;
        this.tenant = tenant;
    }

    /** His purchases and orders, the latest first. */
    @Transactional(readOnly = true)
    public List<Purchase> purchases(CustomerId customer) {
        List<Sale> bought = sales.of(customer);
        Map<UUID, Product> byId =
                products
                        .findAllById(
                                bought.stream().map(s -> s.product().value()).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
        return bought.stream()
                .filter(s -> byId.containsKey(s.product().value()))
                .map(s -> new Purchase(s, byId.get(s.product().value())))
                .toList();
    }

    /** What happened to him, and to the records merged into him, the latest first. */
    @Transactional(readOnly = true)
    public Page<Interaction> history(CustomerId customer, Pageable page) {
        return interactions.about(CustomerDirectory.SUBJECT, lineage(customer), page);
    }

    /** His id and those of every record merged into him, however long ago. */
    @Transactional(readOnly = true)
    public Set<String> lineage(CustomerId customer) {
        Set<String> ids = new LinkedHashSet<>();
        Deque<UUID> next = new ArrayDeque<>(List.of(customer.value()));
        while (!next.isEmpty() && ids.size() < 1_000) {
            UUID id = next.pop();
            if (ids.add(id.toString())) {
                next.addAll(customers.findMergedInto(id));
            }
        }
        return ids;
    }

    /** The other modules' panels this viewer sees on this customer's page, in order. */
    @Transactional(readOnly = true)
    public List<Panel> panels(Customer customer, GuichetUser viewer) {
        Set<String> enabled =
                modules.enabledFor(tenant.profile()).stream().map(m -> m.id()).collect(Collectors.toSet());
        List<Panel> shown = new ArrayList<>();
        panels.stream()
                .filter(p -> enabled.contains(p.module()) && viewer.can(p.permission()))
                .sorted(java.util.Comparator.comparingInt(CustomerPanel::order))
                .forEach(p -> shown.add(new Panel(p.titleKey(), p.fragment(), p.model(customer, viewer))));
        return shown;
    }
}
