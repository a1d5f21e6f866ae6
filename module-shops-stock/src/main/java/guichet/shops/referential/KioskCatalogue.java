package guichet.shops.referential;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.history.InteractionLog;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SiteId;
import guichet.platform.sales.Sales;
import guichet.platform.sites.Sites;
import guichet.platform.tickets.Tickets;
import guichet.platform.web.NotFound;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kiosk services of the referential (seed 000: « un service est caractérisé par son code, par sa dénomination, la
 * structure émettrice à laquelle il réfère »): each a catalogue product of kind service, which demands, sales and
 * statistics refer to, with the structure it refers to and the agencies offering it. A service no demand, sale or
 * stock refers to is deleted; one still referred to is withdrawn instead (no new demand for it, its history kept) and
 * can be restored.
 */
@Service
public class KioskCatalogue {

    private final KioskServices services;
    private final Structures structures;
    private final Products products;
    private final Sites sites;
    private final Tickets tickets;
    private final Sales sales;
    private final EntityManager entities;
    private final InteractionLog history;
    private final Clock clock;

    KioskCatalogue(
            KioskServices services,
            Structures structures,
            Products products,
            Sites sites,
            Tickets tickets,
            Sales sales,
            EntityManager entities,
            InteractionLog history,
            Clock clock) {
        this.services = services;
        this.structures = structures;
        this.products = products;
        this.sites = sites;
        this.tickets = tickets;
        this.sales = sales;
        this.entities = entities;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Adds a service issued by a structure and offered at these agencies; the catalogue's provider is the structure's
     * name, so that every list that shows a product's provider shows it.
     */
    @Transactional
    public Product add(String code, String name, UUID structureId, Set<SiteId> agencies) {
        Structure structure = checked(code, name, structureId, agencies, null);
        Instant now = clock.instant();
        Product product = products.save(new Product(code, name.strip(), Product.Kind.SERVICE, structure.name(), now));
        services.save(new KioskService(product.id(), structure.id(), agencies));
        history.record("KIOSK_SERVICE_CREATED", "product", code, name.strip());
        return product;
    }

    /**
     * Brings a catalogue service that was kept outside the referential (its provider a free text) into it: it now
     * refers to a structure, whose name becomes its provider, and is offered at these agencies.
     */
    @Transactional
    public void adopt(ProductId id, UUID structureId, Set<SiteId> agencies) {
        Product product = products.find(id).orElseThrow(() -> new NotFound("Product " + id));
        Structure structure = checked(product.code(), product.name(), structureId, agencies, id.value());
        product.describe(product.code(), product.name(), Product.Kind.SERVICE, structure.name(), clock.instant());
        services.save(new KioskService(id, structure.id(), agencies));
        history.record("KIOSK_SERVICE_ADOPTED", "product", product.code(), structure.name());
    }

    @Transactional
    public void change(ProductId id, String code, String name, UUID structureId, Set<SiteId> agencies) {
        KioskService service = service(id);
        Structure structure = checked(code, name, structureId, agencies, id.value());
        Product product = products.find(id).orElseThrow(() -> new NotFound("Product " + id));
        product.describe(code, name, Product.Kind.SERVICE, structure.name(), clock.instant());
        service.referTo(structure.id());
        service.offerAt(agencies);
        history.record("KIOSK_SERVICE_CHANGED", "product", code, name.strip());
    }

    /**
     * Deletes a service nothing refers to, or withdraws one that a demand, a sale or stock refers to.
     *
     * @return whether it was deleted (else withdrawn)
     */
    @Transactional
    public boolean remove(ProductId id) {
        KioskService service = service(id);
        Product product = products.find(id).orElseThrow(() -> new NotFound("Product " + id));
        if (tickets.existsByProductId(id.value()) || sales.existsByProductId(id.value()) || inStock(id)) {
            product.withdrawFromSale(clock.instant());
            history.record("KIOSK_SERVICE_WITHDRAWN", "product", product.code(), product.name());
            return false;
        }
        services.delete(service);
        products.delete(product);
        history.record("KIOSK_SERVICE_DELETED", "product", product.code(), product.name());
        return true;
    }

    /** Offers a withdrawn service again. */
    @Transactional
    public void restore(ProductId id) {
        service(id);
        Product product = products.find(id).orElseThrow(() -> new NotFound("Product " + id));
        product.putOnSale(clock.instant());
        history.record("KIOSK_SERVICE_RESTORED", "product", product.code(), product.name());
    }

    private boolean inStock(ProductId id) {
        return (Boolean) entities.createNativeQuery("select exists (select 1 from shp_stock where product_id = :p)"
                        + " or exists (select 1 from shp_stock_movement where product_id = :p)")
                .setParameter("p", id.value())
                .getSingleResult();
    }

    private KioskService service(ProductId id) {
        return services.findById(id.value()).orElseThrow(() -> new NotFound("Kiosk service " + id));
    }

    private Structure checked(String code, String name, UUID structureId, Set<SiteId> agencies, @Nullable UUID self) {
        Map<String, String> problems =
                Referential.problems(code, name, products.findByCode(code).map(p -> p.id().value()), self);
        Structure structure = structures.findById(structureId).orElse(null);
        if (structure == null) {
            problems.put("structure", "shops.referential.error.structure.required");
        }
        if (agencies.stream().anyMatch(a -> sites.find(a).isEmpty())) {
            problems.put("agencies", "shops.referential.error.agency");
        }
        ReferentialRejected.ifAny(problems);
        return Objects.requireNonNull(structure);
    }
}
