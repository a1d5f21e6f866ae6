package guichet.claims.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.util.UUID;

/** A span of a weekday when the tenant works, in minutes from midnight of its time zone: [opens, closes). */
@Entity
@Table(name = "clm_business_hours")
public class OpeningSlot {

    @Id
    private UUID id;

    private int dayOfWeek;

    @Column(name = "opens_at")
    private int opens;

    @Column(name = "closes_at")
    private int closes;

    protected OpeningSlot() {}

    public OpeningSlot(DayOfWeek day, int opens, int closes) {
        if (opens < 0 || closes > 1440 || opens >= closes) {
            throw new SettingRejected("claims.settings.error.hours");
        }
        this.id = UUID.randomUUID();
        this.dayOfWeek = day.getValue();
        this.opens = opens;
        this.closes = closes;
    }

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }

    public int opens() {
        return opens;
    }

    public int closes() {
        return closes;
    }
}
