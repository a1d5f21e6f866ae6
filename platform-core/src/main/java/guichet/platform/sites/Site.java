package guichet.platform.sites;

import guichet.platform.ids.SiteId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An agency, shop, point of sale or kiosk. A staff user belongs to at most one. */
@Entity
@Table(name = "core_site")
public class Site {

    /** What sort of place a site is. */
    public enum Kind {
        AGENCY,
        SHOP,
        POINT_OF_SALE,
        KIOSK,
        WAREHOUSE
    }

    @Id
    private UUID id;

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private @Nullable String address;
    private @Nullable String city;
    private @Nullable String postalCode;
    private @Nullable String country;
    private @Nullable BigDecimal latitude;
    private @Nullable BigDecimal longitude;
    private boolean active;
    private Instant createdAt;

    protected Site() {}

    public Site(String code, String name, Kind kind, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.active = true;
        this.createdAt = now;
    }

    /** Places the site; both coordinates or neither. */
    public Site locatedAt(
            @Nullable String newAddress,
            @Nullable String newCity,
            @Nullable String newCountry,
            BigDecimal newLatitude,
            BigDecimal newLongitude) {
        if (newLatitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || newLongitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw new IllegalArgumentException("Coordinates out of range");
        }
        this.address = newAddress;
        this.city = newCity;
        this.country = newCountry;
        this.latitude = newLatitude;
        this.longitude = newLongitude;
        return this;
    }

    public SiteId id() {
        return new SiteId(id);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public @Nullable String address() {
        return address;
    }

    public @Nullable String city() {
        return city;
    }

    public @Nullable BigDecimal latitude() {
        return latitude;
    }

    public @Nullable BigDecimal longitude() {
        return longitude;
    }

    public boolean active() {
        return active;
    }
}
