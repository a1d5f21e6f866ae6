package guichet.shops.sites;

import guichet.platform.ids.SiteId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A service customers come to a site for (« Vente », « SAV », « Paiement de factures »…), offered at the sites that
 * list it. A service no site offers any more may be deleted; one still offered is archived instead.
 */
@Entity
@Table(name = "shp_service")
public class Service {

    @Id
    private UUID id;

    private String code;
    private String name;
    private boolean active;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "shp_site_service", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "site_id")
    private Set<UUID> siteIds = new HashSet<>();

    @Version
    private int version;

    protected Service() {}

    public Service(String code, String name, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.active = true;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    int sites() {
        return siteIds.size();
    }

    void rename(String newName) {
        this.name = newName;
    }

    void offer(SiteId site, boolean offered) {
        if (offered) {
            siteIds.add(site.value());
        } else {
            siteIds.remove(site.value());
        }
    }

    void archive() {
        this.active = false;
        this.siteIds.clear();
    }

    void restore() {
        this.active = true;
    }
}
