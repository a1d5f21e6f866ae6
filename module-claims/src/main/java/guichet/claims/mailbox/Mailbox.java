package guichet.claims.mailbox;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The tenant's one IMAP mailbox: where it is, how to sign in (the password encrypted), and how its last poll went. */
@Entity
@Table(name = "clm_mailbox")
class Mailbox {

    /** How the connection to the server is protected. */
    enum Security {
        NONE,
        STARTTLS,
        SSL
    }

    @Id
    private short id = 1;

    private String host;
    private int port;

    @Enumerated(EnumType.STRING)
    private Security security;

    private String username;
    private @Nullable String passwordCipher;
    private String folder;
    private boolean enabled;
    private int pollMinutes;
    private @Nullable String authservId;
    private @Nullable Instant lastPolledAt;
    private @Nullable String lastError;
    private @Nullable String lastErrorDetail;
    private @Nullable Instant lastErrorAt;
    private Instant updatedAt;

    protected Mailbox() {}

    Mailbox(Instant now) {
        this.host = "";
        this.port = 993;
        this.security = Security.SSL;
        this.username = "";
        this.folder = "INBOX";
        this.pollMinutes = 1;
        this.updatedAt = now;
    }

    void configure(
            String host,
            int port,
            Security security,
            String username,
            String folder,
            boolean enabled,
            int pollMinutes,
            Instant now) {
        this.host = host;
        this.port = port;
        this.security = security;
        this.username = username;
        this.folder = folder;
        this.enabled = enabled;
        this.pollMinutes = pollMinutes;
        this.updatedAt = now;
    }

    /** The receiving server's identifier its {@code Authentication-Results} verdicts carry; blank for none. */
    void trust(@Nullable String authservId) {
        this.authservId = authservId == null || authservId.isBlank() ? null : authservId.strip();
    }

    void password(String cipher) {
        this.passwordCipher = cipher;
    }

    /** Whether its interval has passed since the last poll (or it was never polled). */
    boolean due(Instant now) {
        return enabled
                && (lastPolledAt == null
                        || !lastPolledAt.plus(Duration.ofMinutes(pollMinutes)).isAfter(now));
    }

    void polled(Instant now) {
        this.lastPolledAt = now;
        this.lastError = null;
        this.lastErrorDetail = null;
        this.lastErrorAt = null;
    }

    /** The poll failed: the message key only, the server's words stay in the log (issue 12). */
    void failed(Instant now, String errorKey) {
        this.lastPolledAt = now;
        this.lastError = errorKey;
        this.lastErrorDetail = null;
        this.lastErrorAt = now;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    Security security() {
        return security;
    }

    String username() {
        return username;
    }

    Optional<String> passwordCipher() {
        return Optional.ofNullable(passwordCipher);
    }

    String folder() {
        return folder;
    }

    boolean enabled() {
        return enabled;
    }

    int pollMinutes() {
        return pollMinutes;
    }

    /**
     * The receiving server's identifier (RFC 8601 authserv-id): only its {@code Authentication-Results} verdicts are
     * believed. Empty when none is configured, and then a sender is taken at his word.
     */
    Optional<String> authservId() {
        return Optional.ofNullable(authservId);
    }

    Optional<Instant> lastPolledAt() {
        return Optional.ofNullable(lastPolledAt);
    }

    Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    Optional<Instant> lastErrorAt() {
        return Optional.ofNullable(lastErrorAt);
    }
}
