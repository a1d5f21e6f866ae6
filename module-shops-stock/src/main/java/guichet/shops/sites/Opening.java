package guichet.shops.sites;

import guichet.platform.ids.SiteId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** A site opens on a weekday from one time to another, in the tenant's time zone; two of them make a lunch break. */
@Entity
@Table(name = "shp_opening")
public class Opening {

    @Id
    private UUID id;

    private UUID siteId;
    private short weekday;
    private LocalTime opens;
    private LocalTime closes;

    protected Opening() {}

    Opening(SiteId site, Hours hours) {
        this.id = UUID.randomUUID();
        this.siteId = site.value();
        this.weekday = (short) hours.day().getValue();
        this.opens = hours.opens();
        this.closes = hours.closes();
    }

    public SiteId site() {
        return new SiteId(siteId);
    }

    public Hours hours() {
        return new Hours(DayOfWeek.of(weekday), opens, closes);
    }
}
