package guichet.claims.mailbox;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads, saves and tries the current tenant's mailbox settings; the password is encrypted before it is stored. Settings
 * are refused before anything connects when they would reach inside the platform or read the mailbox without TLS
 * ({@link MailHosts}), and when they would send the saved password to another server or user name than it was saved
 * for: changing either asks for the password again.
 */
@Component
class MailboxSettings {

    static final String PLAIN_REFUSED = "claims.mailbox.error.plain";
    static final String PASSWORD_AGAIN = "claims.mailbox.password.again";

    private static final Logger log = LoggerFactory.getLogger(MailboxSettings.class);

    private final Mailboxes mailboxes;
    private final InboundMails inbound;
    private final MailboxSecrets secrets;
    private final MailboxProperties properties;
    private final MailHosts hosts;
    private final Clock clock;

    MailboxSettings(
            Mailboxes mailboxes,
            InboundMails inbound,
            MailboxSecrets secrets,
            MailboxProperties properties,
            MailHosts hosts,
            Clock clock) {
        this.mailboxes = mailboxes;
        this.inbound = inbound;
        this.secrets = secrets;
        this.properties = properties;
        this.hosts = hosts;
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

    /**
     * Saves the settings, unless they are refused.
     *
     * @return nothing when saved, else the message key of why not (nothing was saved)
     */
    @Transactional
    Optional<String> save(MailboxForm form) {
        Optional<Mailbox> saved = mailboxes.find();
        Optional<String> refused = refused(form, saved);
        if (refused.isPresent()) {
            return refused;
        }
        Mailbox mailbox = saved.orElseGet(() -> new Mailbox(clock.instant()));
        mailbox.configure(
                form.host().strip(),
                form.port(),
                form.security(),
                form.username().strip(),
                form.folder().strip(),
                form.on(),
                form.pollMinutes(),
                clock.instant());
        mailbox.trust(form.authservId());
        if (typed(form.password())) {
            mailbox.password(secrets.encrypt(form.password()));
        }
        mailboxes.save(mailbox);
        return Optional.empty();
    }

    /**
     * Signs in to the mailbox the form describes (the saved password when the form's is blank and the server and user
     * name are the saved ones) and opens its folder.
     *
     * @return nothing when it worked, else the message key of what went wrong: the refusal, or one message for every
     *     failure (the details are in the server's log, never on the page)
     */
    Optional<String> test(MailboxForm form) {
        Optional<Mailbox> saved = mailboxes.find();
        Optional<String> refused = refused(form, saved);
        if (refused.isPresent()) {
            return refused;
        }
        String password = typed(form.password())
                ? form.password()
                : saved.flatMap(Mailbox::passwordCipher).map(secrets::decrypt).orElse("");
        try (ImapConnection ignored = ImapConnection.open(
                hosts.sockets(),
                form.host().strip(),
                form.port(),
                form.security(),
                form.username().strip(),
                password,
                form.folder().strip(),
                properties.timeout())) {
            return Optional.empty();
        } catch (MessagingException | RuntimeException e) {
            log.info("Mailbox test failed for {}:{}: {}", form.host().strip(), form.port(), ImapConnection.detail(e));
            return Optional.of(ImapConnection.errorKey(e));
        }
    }

    /** Why the settings are refused before anything connects, if they are. */
    private Optional<String> refused(MailboxForm form, Optional<Mailbox> saved) {
        if (form.security() == Mailbox.Security.NONE && !hosts.plainAllowed()) {
            return Optional.of(PLAIN_REFUSED);
        }
        if (!typed(form.password())
                && saved.flatMap(Mailbox::passwordCipher).isPresent()
                && !sameAccount(saved.get(), form)) {
            return Optional.of(PASSWORD_AGAIN);
        }
        try {
            hosts.check(form.host().strip());
        } catch (MailHostRefused e) {
            log.info("Mailbox host refused: {}", e.getMessage());
            return Optional.of(ImapConnection.REFUSED);
        } catch (IOException unknown) {
            // A name with no address yet is not a refusal: the test or the poll will say it failed.
            log.debug("Mailbox host not resolved: {}", unknown.toString());
        }
        return Optional.empty();
    }

    /** Whether the form names the server and user name the saved password was saved for. */
    private static boolean sameAccount(Mailbox saved, MailboxForm form) {
        return saved.host().equalsIgnoreCase(form.host().strip())
                && saved.username().equals(form.username().strip());
    }

    private static boolean typed(@Nullable String password) {
        return password != null && !password.isEmpty();
    }
}
