package guichet.shops.sites;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The store locator's map background: the address of the tenant's tile server ({@code https://…/{z}/{x}/{y}.png})
 * and the attribution its licence asks for. Without one the map shows the sites' markers on a plain background.
 */
@Entity
@Table(name = "shp_settings")
public class LocatorSettings {

    @Id
    private short id;

    private @Nullable String tileUrl;
    private @Nullable String tileAttribution;

    protected LocatorSettings() {}

    public @Nullable String tileUrl() {
        return tileUrl;
    }

    public @Nullable String tileAttribution() {
        return tileAttribution;
    }

    void tiles(@Nullable String url, @Nullable String attribution) {
        this.tileUrl = url;
        this.tileAttribution = attribution;
    }
}
