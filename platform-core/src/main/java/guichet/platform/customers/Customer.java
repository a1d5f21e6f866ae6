package guichet.platform.customers;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A natural or legal person the tenant serves or hopes to serve. A prospect becomes a customer by
 * {@link #convert(Instant)}; its number never changes.
 */
@Entity
@Table(name = "core_customer")
public class Customer {

    /** Natural person or legal person (« personne physique / morale »). */
    public enum Kind {
        NATURAL_PERSON,
        LEGAL_PERSON
    }

    /** Prospect until converted. */
    public enum Stage {
        PROSPECT,
        CUSTOMER
    }

    @Id
    private UUID id;

    private String number;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private @Nullable String firstName;
    private @Nullable String lastName;
    private @Nullable String companyName;
    private @Nullable String email;
    private @Nullable String phone;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    protected Customer() {}

    private Customer(CustomerNumber number, Kind kind, Stage stage, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number.value();
        this.kind = kind;
        this.stage = stage;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A natural person. */
    public static Customer person(
            CustomerNumber number, Stage stage, @Nullable String firstName, String lastName, Instant now) {
        Customer customer = new Customer(number, Kind.NATURAL_PERSON, stage, now);
        customer.firstName = firstName;
        customer.lastName = lastName;
        return customer;
    }

    /** A legal person. */
    public static Customer company(CustomerNumber number, Stage stage, String companyName, Instant now) {
        Customer customer = new Customer(number, Kind.LEGAL_PERSON, stage, now);
        customer.companyName = companyName;
        return customer;
    }

    public CustomerId id() {
        return new CustomerId(id);
    }

    public CustomerNumber number() {
        return new CustomerNumber(number);
    }

    public Kind kind() {
        return kind;
    }

    public Stage stage() {
        return stage;
    }

    public @Nullable String firstName() {
        return firstName;
    }

    public @Nullable String lastName() {
        return lastName;
    }

    public @Nullable String companyName() {
        return companyName;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String phone() {
        return phone;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The name to show: the company's, or first name and last name. */
    public String displayName() {
        if (kind == Kind.LEGAL_PERSON) {
            return companyName;
        }
        return firstName == null ? lastName : firstName + " " + lastName;
    }

    public Customer withContact(@Nullable String newEmail, @Nullable String newPhone, Instant now) {
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        this.phone = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
        this.updatedAt = now;
        return this;
    }

    /** Turns a prospect into a customer; a customer stays one. */
    public void convert(Instant now) {
        this.stage = Stage.CUSTOMER;
        this.updatedAt = now;
    }
}
