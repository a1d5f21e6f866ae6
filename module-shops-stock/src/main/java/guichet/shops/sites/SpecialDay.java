package guichet.shops.sites;

import guichet.platform.ids.SiteId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A day a site keeps other hours than its week's: closed (a holiday, an inventory) when it has no hours, or open from
 * one time to another (the eve of a holiday). The reason is shown to customers.
 */
@Entity
@Table(name = "shp_special_day")
public class SpecialDay {

    @Id
    private UUID id;

    private UUID siteId;
    private LocalDate day;
    private @Nullable LocalTime opens;
    private @Nullable LocalTime closes;
    private String reason;

    protected SpecialDay() {}

    SpecialDay(SiteId site, LocalDate day, @Nullable LocalTime opens, @Nullable LocalTime closes, String reason) {
        if ((opens == null) != (closes == null) || (opens != null && !closes.isAfter(opens))) {
            throw new IllegalArgumentException("A special day is closed, or opens before it closes");
        }
        this.id = UUID.randomUUID();
        this.siteId = site.value();
        this.day = day;
        this.opens = opens;
        this.closes = closes;
        this.reason = reason;
    }

    public UUID id() {
        return id;
    }

    public SiteId site() {
        return new SiteId(siteId);
    }

    public LocalDate day() {
        return day;
    }

    /** The day's hours, or empty when the site is closed all day. */
    public Optional<Hours> hours() {
        return opens == null || closes == null
                ? Optional.empty()
                : Optional.of(new Hours(day.getDayOfWeek(), opens, closes));
    }

    public String reason() {
        return reason;
    }
}
