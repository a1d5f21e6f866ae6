package guichet.platform.sites;

import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agency, shop, point of sale, kiosk or warehouse. A staff user belongs to at most one. A site with a history is
 * closed, never deleted; the database keeps its point on the sphere for the nearest-site search (tenant migration
 * core/V12).
 */
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
    private @Nullable String phone;
    private @Nullable UUID managerId;
    private boolean active;
    private Instant createdAt;
    private @Nullable Instant closedAt;

    @Version
    private int version;

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

    /** Renames the site or changes its kind; the code stays, pages and exports name the site by it. */
    public Site describe(String newName, Kind newKind) {
        this.name = newName;
        this.kind = newKind;
        return this;
    }

    /** Places the site at an address whose position is not known (yet). */
    public Site addressedAt(
            @Nullable String newAddress,
            @Nullable String newCity,
            @Nullable String newPostalCode,
            @Nullable String newCountry) {
        this.address = newAddress;
        this.city = newCity;
        this.postalCode = newPostalCode;
        this.country = newCountry;
        this.latitude = null;
        this.longitude = null;
        return this;
    }

    /** Sets the position of the site, keeping its address. */
    public Site positionedAt(BigDecimal newLatitude, BigDecimal newLongitude) {
        return locatedAt(address, city, country, newLatitude, newLongitude);
    }

    /** How customers call the site, and who runs it (stock alerts go to him). */
    public Site reachableAt(@Nullable String newPhone, @Nullable UserId manager) {
        this.phone = newPhone;
        this.managerId = manager == null ? null : manager.value();
        return this;
    }

    /** Closes the site for good: it leaves the locator and the choices of new work; its history stays. */
    public void close(Instant now) {
        if (active) {
            this.active = false;
            this.closedAt = now;
        }
    }

    /** Opens a closed site again. */
    public void reopen() {
        this.active = true;
        this.closedAt = null;
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

    public @Nullable String postalCode() {
        return postalCode;
    }

    public @Nullable String country() {
        return country;
    }

    public @Nullable String phone() {
        return phone;
    }

    public Optional<UserId> manager() {
        return Optional.ofNullable(managerId).map(UserId::new);
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public int version() {
        return version;
    }

    /** Where the site is on the map, when its coordinates are known. */
    public Optional<Position> position() {
        return latitude == null || longitude == null
                ? Optional.empty()
                : Optional.of(new Position(latitude.doubleValue(), longitude.doubleValue()));
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
