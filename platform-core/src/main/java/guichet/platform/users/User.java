package guichet.platform.users;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Someone who signs in to a tenant's portals: a staff member, who works at no more than one site, or a customer's
 * account, which acts for one customer record.
 */
@Entity
@Table(name = "core_user")
@EntityListeners(UserChanges.class)
public class User {

    /** Staff (admin, agent, sales rep, seller) or customer. */
    public enum Kind {
        STAFF,
        CUSTOMER
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String email;
    private @Nullable String firstName;
    private String lastName;
    private @Nullable UUID siteId;
    private @Nullable UUID customerId;
    private @Nullable String identitySubject;
    private @Nullable String locale;
    private boolean active;
    private @Nullable Instant sessionsValidAfter;
    private String roles = "";
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    protected User() {}

    private User(Kind kind, String email, @Nullable String firstName, String lastName, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.firstName = firstName;
        this.lastName = lastName;
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static User staff(String email, @Nullable String firstName, String lastName, Instant now) {
        return new User(Kind.STAFF, email, firstName, lastName, now);
    }

    public static User customerAccount(
            CustomerId customer, String email, @Nullable String firstName, String lastName, Instant now) {
        User user = new User(Kind.CUSTOMER, email, firstName, lastName, now);
        user.customerId = customer.value();
        return user;
    }

    public UserId id() {
        return new UserId(id);
    }

    public Kind kind() {
        return kind;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }

    public Optional<SiteId> site() {
        return Optional.ofNullable(siteId).map(SiteId::new);
    }

    public Optional<CustomerId> customer() {
        return Optional.ofNullable(customerId).map(CustomerId::new);
    }

    public Optional<String> identitySubject() {
        return Optional.ofNullable(identitySubject);
    }

    public boolean active() {
        return active;
    }

    /** The language the user reads Guichet in, when known; otherwise his tenant's applies. */
    public Optional<Locale> locale() {
        return Optional.ofNullable(locale).map(Locale::forLanguageTag);
    }

    /** Attaches a staff user to his site, or detaches him with {@code null}. */
    public void workAt(@Nullable SiteId site, Instant now) {
        if (kind != Kind.STAFF && site != null) {
            throw new IllegalStateException("Only staff users work at a site");
        }
        this.siteId = site == null ? null : site.value();
        this.updatedAt = now;
    }

    /** Makes a customer account act for another customer record (the survivor of a merge). */
    public void actFor(CustomerId customer, Instant now) {
        if (kind != Kind.CUSTOMER) {
            throw new IllegalStateException("Only customer accounts act for a customer");
        }
        this.customerId = customer.value();
        this.updatedAt = now;
    }

    public void rename(String newEmail, @Nullable String newFirstName, String newLastName, Instant now) {
        this.email = newEmail.strip().toLowerCase(Locale.ROOT);
        this.firstName = newFirstName;
        this.lastName = newLastName;
        this.updatedAt = now;
    }

    public @Nullable String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public void linkIdentity(String subject, Instant now) {
        this.identitySubject = subject;
        this.updatedAt = now;
    }

    public void deactivate(Instant now) {
        this.active = false;
        endSessions(now);
    }

    /**
     * Forgets who the account belonged to (an anonymised customer): address, names, locale and the link to the
     * identity provider go, the account stays, inactive, for what it wrote and did.
     */
    public void forget(Instant now) {
        this.email = "anonyme-" + id + "@invalid";
        this.firstName = null;
        this.lastName = "—";
        this.locale = null;
        this.identitySubject = null;
        deactivate(now);
        this.updatedAt = now;
    }

    /** The ids of the roles last known from the realm, which stays their authority. */
    public Set<String> roleIds() {
        return roles.isBlank() ? Set.of() : Set.of(roles.split(","));
    }

    /**
     * Records the realm's roles.
     *
     * @return whether they differ from the ones known before
     */
    public boolean mirrorRoles(Set<String> current, Instant now) {
        String joined = current.stream().sorted().collect(Collectors.joining(","));
        if (joined.equals(roles)) {
            return false;
        }
        this.roles = joined;
        this.updatedAt = now;
        return true;
    }

    /** Refuses, from now on, every session and token issued before this instant. */
    public void endSessions(Instant now) {
        this.sessionsValidAfter = now;
        this.updatedAt = now;
    }

    /** Whether a web session started at this instant may still be used. */
    public boolean acceptsSessionStartedAt(Instant startedAt) {
        return standing().acceptsSessionStartedAt(startedAt);
    }

    /** Whether a token issued at this instant may still be used; see {@link Standing#acceptsTokenIssuedAt}. */
    public boolean acceptsTokenIssuedAt(Instant issuedAt) {
        return standing().acceptsTokenIssuedAt(issuedAt);
    }

    /** Whether he may sign in and since when his sessions count, detached from the record. */
    public Standing standing() {
        return new Standing(active, sessionsValidAfter);
    }

    /**
     * Whether a user may go on with a session or token: he is active, and it began after his sessions were last ended.
     *
     * @param sessionsValidAfter when his sessions were last ended, or {@code null}
     */
    public record Standing(boolean active, @Nullable Instant sessionsValidAfter) {

        /** Whether a web session started at this instant may still be used. */
        public boolean acceptsSessionStartedAt(Instant startedAt) {
            return active && (sessionsValidAfter == null || startedAt.isAfter(sessionsValidAfter));
        }

        /**
         * Whether a token issued at this instant may still be used. Tokens carry whole seconds: one issued in the very
         * second the sessions ended is refused too.
         */
        public boolean acceptsTokenIssuedAt(Instant issuedAt) {
            return active
                    && (sessionsValidAfter == null
                            || issuedAt.isAfter(sessionsValidAfter.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        }
    }

    public void reactivate(Instant now) {
        this.active = true;
        this.updatedAt = now;
    }
}
