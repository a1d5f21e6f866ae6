package guichet.platform.signup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One organisation's sign-up, from the form to its running tenant ({@code platform.signup_request}). */
@Entity
@Table(schema = "platform", name = "signup_request")
public class SignupRequest {

    /** Where a sign-up stands. */
    public enum Status {
        /** Sent to Stripe's Checkout; waiting for Stripe to confirm the payment. */
        PAYING,
        /** Paid (or a trial): the tenant is being created. */
        PROVISIONING,
        /** The tenant runs; its administrator was e-mailed. */
        READY,
        /** The tenant could not be created; the problem says why. */
        FAILED
    }

    @Id
    private UUID id;

    private String slug;
    private String displayName;
    private @Nullable String adminFirst;
    private String adminLast;
    private String adminEmail;
    private String modules;
    private String zone;
    private boolean trial;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable String problem;
    private String clientAddress;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    protected SignupRequest() {}

    SignupRequest(SignupForm form, boolean trial, String clientAddress, Instant now) {
        this.id = UUID.randomUUID();
        this.slug = form.slugTyped();
        this.displayName = form.getOrganisation().strip();
        this.adminFirst = form.getFirstName() == null || form.getFirstName().isBlank()
                ? null
                : form.getFirstName().strip();
        this.adminLast = form.getLastName().strip();
        this.adminEmail = form.getEmail().strip();
        this.modules = String.join(",", form.getModules());
        this.zone = form.getZone();
        this.trial = trial;
        this.status = trial ? Status.PROVISIONING : Status.PAYING;
        this.clientAddress = clientAddress;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String displayName() {
        return displayName;
    }

    public Administrator administrator() {
        return new Administrator(adminFirst, adminLast, adminEmail);
    }

    public List<String> modules() {
        return modules.isBlank() ? List.of() : Arrays.asList(modules.split(","));
    }

    /** The time zone chosen, which also sets the tenant's currency. */
    public String zone() {
        return zone;
    }

    public boolean trial() {
        return trial;
    }

    public Status status() {
        return status;
    }

    public @Nullable String problem() {
        return problem;
    }

    void provisioning(Instant now) {
        status = Status.PROVISIONING;
        updatedAt = now;
    }

    void ready(Instant now) {
        status = Status.READY;
        problem = null;
        updatedAt = now;
    }

    void failed(String problemKey, Instant now) {
        status = Status.FAILED;
        problem = problemKey;
        updatedAt = now;
    }
}
