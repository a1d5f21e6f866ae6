package guichet.claims.mailbox;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads, saves and tries the current tenant's mailbox settings; the password is encrypted before it is stored. */
@Component
class MailboxSettings {

    private final Mailboxes mailboxes;
    private final InboundMails inbound;
    private final MailboxSecrets secrets;
    private final MailboxProperties properties;
    private final Clock clock;

    MailboxSettings(
            Mailboxes mailboxes,
            InboundMails inbound,
            MailboxSecrets secrets,
            MailboxProperties properties,
            Clock clock) {
        this.mailboxes = mailboxes;
        this.inbound = inbound;
        this.secrets = secrets;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Mailbox> current() {
        return mailboxes.find();
    }

    /** How many mails could not be taken yet (retried, or left unread after too many attempts). */
    @Transactional(readOnly = true)
    long failedMails() {
        return inbound.countFailed();
    }

    @Transactional
    void save(MailboxForm form) {
        Mailbox mailbox = mailboxes.find().orElseGet(() -> new Mailbox(clock.instant()));
        mailbox.configure(
                form.host().strip(),
                form.port(),
                form.security(),
                form.username().strip(),
                form.folder().strip(),
                form.on(),
                form.pollMinutes(),
                clock.instant());
        if (form.password() != null && !form.password().isEmpty()) {
            mailbox.password(secrets.encrypt(form.password()));
        }
        mailboxes.save(mailbox);
    }

    /**
     * Signs in to the mailbox the form describes (the saved password when the form's is blank) and opens its folder.
     *
     * @return nothing when it worked, else the message key of what went wrong and the server's words
     */
    Optional<Failure> test(MailboxForm form) {
        String password = form.password() != null && !form.password().isEmpty()
                ? form.password()
                : mailboxes
                        .find()
                        .flatMap(Mailbox::passwordCipher)
                        .map(secrets::decrypt)
                        .orElse("");
        try (ImapConnection ignored = ImapConnection.open(
                form.host().strip(),
                form.port(),
                form.security(),
                form.username().strip(),
                password,
                form.folder().strip(),
                properties.timeout())) {
            return Optional.empty();
        } catch (MessagingException | RuntimeException e) {
            return Optional.of(new Failure(ImapConnection.errorKey(e), ImapConnection.detail(e)));
        }
    }

    /** Why the connection failed: a message key and the server's own words. */
    record Failure(String messageKey, String detail) {}
}
