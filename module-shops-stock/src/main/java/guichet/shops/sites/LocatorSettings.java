package guichet.shops.sites;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The module's settings row: the store locator's map background (the address of the tenant's tile server, {@code
 * https://…/{z}/{x}/{y}.png}, and the attribution its licence asks for; without one the map shows the sites' markers
 * on a plain background), and whether every agent and seller must work at a site (seed 000).
 */
@Entity
@Table(name = "shp_settings")
public class LocatorSettings {

    @Id
    private short id;

    private @Nullable String tileUrl;
    private @Nullable String tileAttribution;
    private boolean oneSitePerAgent;

    protected LocatorSettings() {}

    public @Nullable String tileUrl() {
        return tileUrl;
    }

    public @Nullable String tileAttribution() {
        return tileAttribution;
    }

    /** Whether an agent's or seller's account needs the site he works at. */
    public boolean oneSitePerAgent() {
        return oneSitePerAgent;
    }

    void requireSitePerAgent(boolean required) {
        this.oneSitePerAgent = required;
    }

    void tiles(@Nullable String url, @Nullable String attribution) {
        this.tileUrl = url;
        this.tileAttribution = attribution;
    }
}
