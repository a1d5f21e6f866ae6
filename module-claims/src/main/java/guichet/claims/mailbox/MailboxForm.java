package guichet.claims.mailbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The mailbox settings form. A blank password keeps the one saved: the page never shows it back.
 *
 * @param pollMinutes how many minutes between two polls, from 1 to 1440
 * @param authservId the receiving mail server's identifier in its {@code Authentication-Results} headers (RFC 8601);
 *     blank when it adds none, and then senders are taken at their word
 */
record MailboxForm(
        @NotBlank @Size(max = 255) String host,
        @NotNull @Min(1) @Max(65535) Integer port,
        @NotNull Mailbox.Security security,
        @NotBlank @Size(max = 255) String username,
        @Nullable @Size(max = 500) String password,
        @NotBlank @Size(max = 255) String folder,
        @Nullable Boolean enabled,
        @NotNull @Min(1) @Max(1440) Integer pollMinutes,
        @Nullable @Size(max = 255) String authservId) {

    /** Whether the mailbox is to be polled (an unticked box sends nothing). */
    public boolean on() {
        return Boolean.TRUE.equals(enabled);
    }

    /** The same settings without the password, to show back. */
    MailboxForm withoutPassword() {
        return new MailboxForm(host, port, security, username, null, folder, enabled, pollMinutes, authservId);
    }

    static MailboxForm of(Mailbox mailbox) {
        return new MailboxForm(
                mailbox.host(),
                mailbox.port(),
                mailbox.security(),
                mailbox.username(),
                null,
                mailbox.folder(),
                mailbox.enabled(),
                mailbox.pollMinutes(),
                mailbox.authservId().orElse(null));
    }

    static MailboxForm empty() {
        return new MailboxForm("", 993, Mailbox.Security.SSL, "", null, "INBOX", false, 1, null);
    }
}
