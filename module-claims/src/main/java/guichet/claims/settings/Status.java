package guichet.claims.settings;

import guichet.platform.tickets.Ticket;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of the tenant's ticket statuses (seed 003: « ajouter ou supprimer des statuts »), in one of the fixed categories.
 * The default status of a category is the one a ticket takes on entering it; a status is never deleted, only retired.
 */
@Entity
@Table(name = "clm_status")
public class Status {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    private Ticket.Category category;

    @Embedded
    private Labels labels;

    private int position;

    @Column(name = "is_default")
    private boolean byDefault;

    private boolean cancellation;
    private boolean active = true;

    /** Whether its labels are still the platform's defaults, which agree with the ticket's noun ({@link StatusAgreement}). */
    @Column(name = "labels_agree")
    private boolean labelsAgree;

    protected Status() {}

    public Status(String code, Ticket.Category category, Labels labels, int position) {
        this.code = Codes.checked(code);
        this.category = category;
        this.labels = labels;
        this.position = position;
    }

    public String code() {
        return code;
    }

    public Ticket.Category category() {
        return category;
    }

    public Labels labels() {
        return labels;
    }

    public int position() {
        return position;
    }

    public boolean isDefault() {
        return byDefault;
    }

    /** Whether this is where cancelled demands go (seed 000). */
    public boolean isCancellation() {
        return cancellation;
    }

    public boolean active() {
        return active;
    }

    /** Whether its labels are still the platform's defaults, which follow the ticket's noun. */
    public boolean labelsAgree() {
        return labelsAgree;
    }

    public void describe(Labels newLabels, Ticket.Category newCategory, int newPosition) {
        if (!newLabels.equals(labels)) {
            // The tenant's own words from now on: a change of the ticket's noun never touches them.
            this.labelsAgree = false;
        }
        this.labels = newLabels;
        if (newCategory != category) {
            this.byDefault = false;
        }
        this.category = newCategory;
        this.position = newPosition;
    }

    /** Gives default labels agreeing with the ticket's noun; only while {@link #labelsAgree()}. */
    void agree(Labels agreeing) {
        if (labelsAgree) {
            this.labels = agreeing;
        }
    }

    void makeDefault(boolean value) {
        this.byDefault = value;
    }

    public void markCancellation(boolean value) {
        this.cancellation = value;
    }

    public void activate(boolean value) {
        this.active = value;
        if (!value) {
            this.byDefault = false;
        }
    }
}
