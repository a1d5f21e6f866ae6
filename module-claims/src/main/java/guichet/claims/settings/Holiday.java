package guichet.claims.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day the tenant does not work, whatever its weekday: SLA clocks do not run. */
@Entity
@Table(name = "clm_holiday")
public class Holiday {

    @Id
    private LocalDate day;

    private String label;

    protected Holiday() {}

    public Holiday(LocalDate day, String label) {
        if (label.isBlank() || label.length() > 100) {
            throw new SettingRejected("claims.settings.error.label");
        }
        this.day = day;
        this.label = label.strip();
    }

    public LocalDate day() {
        return day;
    }

    public String label() {
        return label;
    }
}
