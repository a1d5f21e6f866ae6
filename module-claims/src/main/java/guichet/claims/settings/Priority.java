package guichet.claims.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A priority (haute, normale, basse), configured per tenant; it sets the SLA targets (seed 003). */
@Entity
@Table(name = "clm_priority")
public class Priority extends Choice {

    @Column(name = "is_default")
    private boolean byDefault;

    protected Priority() {}

    public Priority(String code, Labels labels, int position) {
        super(code, labels, position);
    }

    public boolean isDefault() {
        return byDefault;
    }

    void makeDefault(boolean value) {
        this.byDefault = value;
    }
}
