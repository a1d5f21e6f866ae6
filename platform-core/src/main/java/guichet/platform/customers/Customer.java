package guichet.platform.customers;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import guichet.platform.text.Typed;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A natural or legal person the tenant serves or hopes to serve. A prospect becomes a customer by
 * {@link #convert(Instant)}; its number never changes. Nothing is deleted: a customer merged into another keeps his row
 * (pointing at the survivor), an anonymised one keeps what statistics need.
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
    private @Nullable LocalDate birthDate;
    private @Nullable String registrationNumber;
    private @Nullable String segment;
    private @Nullable UUID salesRepId;
    private @Nullable UUID resellerId;
    private boolean consentEmail;
    private boolean consentSms;
    private boolean consentPhone;
    private @Nullable String externalRef;
    private @Nullable Instant convertedAt;
    private @Nullable Instant anonymisedAt;
    private @Nullable UUID mergedIntoId;
    private String searchText = "";
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "core_customer_contact", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<ContactPoint> contacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "core_customer_address", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<PostalAddress> addresses = new ArrayList<>();

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
        this.convertedAt = stage == Stage.CUSTOMER ? now : null;
    }

    /** A natural person. */
    public static Customer person(
            CustomerNumber number, Stage stage, @Nullable String firstName, String lastName, Instant now) {
        Customer customer = new Customer(number, Kind.NATURAL_PERSON, stage, now);
        customer.firstName = Typed.orNull(firstName);
        customer.lastName = lastName.strip();
        customer.reindex();
        return customer;
    }

    /** A legal person. */
    public static Customer company(CustomerNumber number, Stage stage, String companyName, Instant now) {
        Customer customer = new Customer(number, Kind.LEGAL_PERSON, stage, now);
        customer.companyName = companyName.strip();
        customer.reindex();
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

    public boolean isProspect() {
        return stage == Stage.PROSPECT;
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

    /** The main e-mail address: the first of {@link #contacts()}. */
    public @Nullable String email() {
        return email;
    }

    /** The main phone number: the first of {@link #contacts()}. */
    public @Nullable String phone() {
        return phone;
    }

    public @Nullable LocalDate birthDate() {
        return birthDate;
    }

    public @Nullable String registrationNumber() {
        return registrationNumber;
    }

    public @Nullable String segment() {
        return segment;
    }

    /** The sales representative in charge of the customer (seed 003). */
    public Optional<UserId> salesRep() {
        return Optional.ofNullable(salesRepId).map(UserId::new);
    }

    /** The reseller the customer depends on, whose account may act for him. */
    public Optional<CustomerId> reseller() {
        return Optional.ofNullable(resellerId).map(CustomerId::new);
    }

    public boolean consentsToEmail() {
        return consentEmail;
    }

    public boolean consentsToSms() {
        return consentSms;
    }

    public boolean consentsToPhone() {
        return consentPhone;
    }

    /** The key another system knows the customer by, for synchronisation. */
    public Optional<String> externalRef() {
        return Optional.ofNullable(externalRef);
    }

    public Optional<Instant> convertedAt() {
        return Optional.ofNullable(convertedAt);
    }

    public Optional<Instant> anonymisedAt() {
        return Optional.ofNullable(anonymisedAt);
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** The customer this one was merged into; a merged customer is kept only for the record. */
    public Optional<CustomerId> mergedInto() {
        return Optional.ofNullable(mergedIntoId).map(CustomerId::new);
    }

    public boolean isMerged() {
        return mergedIntoId != null;
    }

    /** E-mail addresses and phone numbers, main ones first. */
    public List<ContactPoint> contacts() {
        return List.copyOf(contacts);
    }

    public List<String> emails() {
        return contacts.stream()
                .filter(c -> c.kind() == ContactPoint.Kind.EMAIL)
                .map(ContactPoint::value)
                .toList();
    }

    public List<String> phones() {
        return contacts.stream()
                .filter(c -> c.kind() == ContactPoint.Kind.PHONE)
                .map(ContactPoint::value)
                .toList();
    }

    public List<PostalAddress> addresses() {
        return List.copyOf(addresses);
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

    /** The normalised words search-as-you-type matches, each preceded by a space (see {@link guichet.platform.text.SearchText}). */
    public String searchText() {
        return searchText;
    }

    /** Changes who the customer is; a natural person needs a last name, a legal person a company name. */
    public Customer describe(
            Kind newKind,
            @Nullable String newFirstName,
            @Nullable String newLastName,
            @Nullable String newCompanyName,
            @Nullable LocalDate newBirthDate,
            @Nullable String newRegistrationNumber,
            Instant now) {
        if (newKind == Kind.NATURAL_PERSON && Typed.orNull(newLastName) == null) {
            throw new IllegalArgumentException("A natural person needs a last name");
        }
        if (newKind == Kind.LEGAL_PERSON && Typed.orNull(newCompanyName) == null) {
            throw new IllegalArgumentException("A legal person needs a company name");
        }
        this.kind = newKind;
        this.firstName = Typed.orNull(newFirstName);
        this.lastName = Typed.orNull(newLastName);
        this.companyName = Typed.orNull(newCompanyName);
        this.birthDate = newBirthDate;
        this.registrationNumber = Typed.orNull(newRegistrationNumber);
        return touched(now);
    }

    /** Sets the main e-mail address and phone number, keeping the other contacts. */
    public Customer withContact(@Nullable String newEmail, @Nullable String newPhone, Instant now) {
        return withContacts(CustomerContacts.withMain(contacts, Typed.orNull(newEmail), Typed.orNull(newPhone)), now);
    }

    /** Replaces every e-mail address and phone number; the first of each kind becomes the main one. */
    public Customer withContacts(List<ContactPoint> newContacts, Instant now) {
        contacts.clear();
        contacts.addAll(CustomerContacts.emailsFirst(newContacts));
        this.email = emails().stream().findFirst().orElse(null);
        this.phone = phones().stream().findFirst().orElse(null);
        return touched(now);
    }

    public Customer withAddresses(List<PostalAddress> newAddresses, Instant now) {
        addresses.clear();
        addresses.addAll(newAddresses);
        return touched(now);
    }

    /** Files the customer under a segment or category (« entreprise », « jeune », « VIP »). */
    public Customer classify(@Nullable String newSegment, Instant now) {
        this.segment = Typed.orNull(newSegment);
        return touched(now);
    }

    /** Puts a sales representative in charge of the customer, or nobody with {@code null}. */
    public Customer assignSalesRep(@Nullable UserId rep, Instant now) {
        this.salesRepId = rep == null ? null : rep.value();
        return touched(now);
    }

    /** Makes the customer depend on a reseller, or on nobody with {@code null}. */
    public Customer dependOn(@Nullable CustomerId reseller, Instant now) {
        if (reseller != null && reseller.value().equals(id)) {
            throw new IllegalArgumentException("A customer cannot be his own reseller");
        }
        this.resellerId = reseller == null ? null : reseller.value();
        return touched(now);
    }

    public Customer consent(boolean byEmail, boolean bySms, boolean byPhone, Instant now) {
        this.consentEmail = byEmail;
        this.consentSms = bySms;
        this.consentPhone = byPhone;
        return touched(now);
    }

    /** Records the key another system knows the customer by. */
    public Customer linkExternal(@Nullable String ref, Instant now) {
        this.externalRef = Typed.orNull(ref);
        return touched(now);
    }

    /** Turns a prospect into a customer; a customer stays one. */
    public void convert(Instant now) {
        if (stage == Stage.PROSPECT) {
            this.stage = Stage.CUSTOMER;
            this.convertedAt = now;
        }
        touched(now);
    }

    /** Marks the customer as merged into another, which now holds all his records. */
    public void mergeInto(CustomerId survivor, Instant now) {
        if (survivor.value().equals(id)) {
            throw new IllegalArgumentException("A customer cannot be merged into himself");
        }
        this.mergedIntoId = survivor.value();
        this.externalRef = null;
        touched(now);
    }

    /**
     * Erases what identifies the person (names, contacts, addresses, birth date, references) and keeps what statistics
     * need: kind, stage, segment, birth year, dates.
     */
    public void anonymise(Instant now) {
        this.firstName = null;
        this.lastName = kind == Kind.NATURAL_PERSON ? "Anonyme " + number : null;
        this.companyName = kind == Kind.LEGAL_PERSON ? "Anonyme " + number : null;
        this.birthDate = birthDate == null ? null : LocalDate.of(birthDate.getYear(), 1, 1);
        this.registrationNumber = null;
        this.externalRef = null;
        consent(false, false, false, now);
        this.contacts.clear();
        this.addresses.clear();
        this.email = null;
        this.phone = null;
        this.anonymisedAt = now;
        touched(now);
    }

    private Customer touched(Instant now) {
        this.updatedAt = now;
        reindex();
        return this;
    }

    @PrePersist
    @PreUpdate
    void reindex() {
        this.searchText = CustomerContacts.searchDocument(
                contacts, number, firstName, lastName, companyName, registrationNumber, externalRef);
    }
}
