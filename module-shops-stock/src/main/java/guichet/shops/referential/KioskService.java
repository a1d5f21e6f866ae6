package guichet.shops.referential;

import guichet.platform.ids.ProductId;
import guichet.platform.ids.SiteId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What the referential adds to a kiosk service, which is a catalogue product of kind service (so that demands, sales
 * and statistics refer to it as to any product): the issuing structure it refers to and the agencies whose kiosks
 * offer it.
 */
@Entity
@Table(name = "shp_kiosk_service")
public class KioskService {

    @Id
    private UUID productId;

    private UUID structureId;

    @ElementCollection
    @CollectionTable(name = "shp_kiosk_offer", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "site_id")
    private Set<UUID> siteIds = new HashSet<>();

    @Version
    private int version;

    protected KioskService() {}

    KioskService(ProductId product, UUID structure, Set<SiteId> agencies) {
        this.productId = product.value();
        this.structureId = structure;
        offerAt(agencies);
    }

    public ProductId productId() {
        return new ProductId(productId);
    }

    public UUID structureId() {
        return structureId;
    }

    /** The agencies offering it. */
    public Set<SiteId> agencies() {
        Set<SiteId> agencies = new HashSet<>();
        siteIds.forEach(id -> agencies.add(new SiteId(id)));
        return agencies;
    }

    void referTo(UUID structure) {
        this.structureId = structure;
    }

    void offerAt(Set<SiteId> agencies) {
        siteIds.clear();
        agencies.forEach(site -> siteIds.add(site.value()));
    }
}
