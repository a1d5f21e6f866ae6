package guichet.claims.settings;

import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A configured value tickets choose from by code: a type or a priority. Retired rather than deleted. */
@MappedSuperclass
public abstract class Choice {

    @Id
    private String code;

    @Embedded
    private Labels labels;

    private int position;
    private boolean active = true;

    protected Choice() {}

    protected Choice(String code, Labels labels, int position) {
        this.code = Codes.checked(code);
        this.labels = labels;
        this.position = position;
    }

    public String code() {
        return code;
    }

    public Labels labels() {
        return labels;
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }

    public void describe(Labels newLabels, int newPosition) {
        this.labels = newLabels;
        this.position = newPosition;
    }

    public void activate(boolean value) {
        this.active = value;
    }
}
