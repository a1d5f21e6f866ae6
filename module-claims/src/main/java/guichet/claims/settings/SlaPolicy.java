package guichet.claims.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** First-response and resolution targets in business minutes for a priority, optionally for one type only. */
@Entity
@Table(name = "clm_sla_policy")
public class SlaPolicy {

    @Id
    private UUID id;

    private String priorityCode;
    private @Nullable String typeCode;
    private int firstResponseMinutes;
    private int resolutionMinutes;

    protected SlaPolicy() {}

    public SlaPolicy(String priority, @Nullable String type, int firstResponseMinutes, int resolutionMinutes) {
        this.id = UUID.randomUUID();
        this.priorityCode = priority;
        this.typeCode = type;
        target(firstResponseMinutes, resolutionMinutes);
    }

    public UUID id() {
        return id;
    }

    public String priority() {
        return priorityCode;
    }

    public Optional<String> type() {
        return Optional.ofNullable(typeCode);
    }

    public int firstResponseMinutes() {
        return firstResponseMinutes;
    }

    public int resolutionMinutes() {
        return resolutionMinutes;
    }

    public void target(int firstResponse, int resolution) {
        if (firstResponse < 1 || resolution < 1 || firstResponse > 525_600 || resolution > 525_600) {
            throw new SettingRejected("claims.settings.error.minutes");
        }
        this.firstResponseMinutes = firstResponse;
        this.resolutionMinutes = resolution;
    }
}
