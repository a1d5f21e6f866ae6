package guichet.claims.mailbox;

import guichet.claims.ClaimsModule;
import guichet.claims.mailbox.MailDoor.Verdict;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantJobs;
import guichet.platform.tenancy.TenantProfile;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls each tenant's IMAP mailbox (seed 003: « création des tickets par email »): every
 * {@code guichet.claims.mailbox.tick}, each active tenant with the claims module whose mailbox is enabled and due (its
 * own interval) is read, under a ShedLock lock named after the tenant so that two instances never read one mailbox at
 * once. Each unread mail is taken in a transaction of its own ({@link MailDoor}); only after that commit is it flagged
 * read on the server, so a crash or a failure leaves it unread and the next poll tries again, the Message-ID keeping
 * the retry from opening a second ticket. A mail that keeps failing is left unread after a few attempts and never
 * holds up the others.
 */
@Component
@EnableConfigurationProperties(MailboxProperties.class)
public class MailboxPoller {

    static final String JOB = "claims-mailbox";
    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    /** Longer than any poll (a batch of mails at the server's time-outs): the lock of a crashed instance expires. */
    private static final Duration LOCK_AT_MOST_FOR = Duration.ofMinutes(15);

    private final TenantJobs jobs;
    private final Mailboxes mailboxes;
    private final MailDoor door;
    private final MailboxSecrets secrets;
    private final MailHosts hosts;
    private final MailboxProperties settings;
    private final TransactionTemplate transactions;
    private final CurrentTenant tenant;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    MailboxPoller(
            TenantJobs jobs,
            Mailboxes mailboxes,
            MailDoor door,
            MailboxSecrets secrets,
            MailHosts hosts,
            MailboxProperties settings,
            TransactionTemplate transactions,
            CurrentTenant tenant,
            Clock clock) {
        this.jobs = jobs;
        this.mailboxes = mailboxes;
        this.door = door;
        this.secrets = secrets;
        this.hosts = hosts;
        this.settings = settings;
        this.transactions = transactions;
        this.tenant = tenant;
        this.clock = clock;
        this.locks = jobs.locks();
    }

    @Scheduled(
            initialDelayString = "${guichet.claims.mailbox.first-tick:60s}",
            fixedDelayString = "${guichet.claims.mailbox.tick:60s}")
    void everyTick() {
        jobs.forEachActiveTenant(JOB, this::pollIfDue);
    }

    private void pollIfDue(TenantProfile profile) {
        if (!profile.hasModule(ClaimsModule.ID)) {
            return;
        }
        Instant now = clock.instant();
        boolean due = Boolean.TRUE.equals(transactions.execute(
                status -> mailboxes.find().filter(m -> m.due(now)).isPresent()));
        if (due) {
            locks.executeWithLock((Runnable) this::poll, lock());
        }
    }

    /**
     * Polls the current tenant's mailbox now, if it is enabled, waiting for a poll another instance is running on it to
     * end first.
     *
     * @return how many unread mails it took (made a ticket or a message of, found taken already, or ignored)
     * @throws IllegalStateException if another instance held the mailbox for more than a minute
     */
    public int pollNow() {
        Instant giveUp = clock.instant().plus(Duration.ofMinutes(1));
        while (true) {
            try {
                LockingTaskExecutor.TaskResult<Integer> result = locks.executeWithLock(this::poll, lock());
                if (result.wasExecuted()) {
                    Integer taken = result.getResult();
                    return taken == null ? 0 : taken;
                }
                if (clock.instant().isAfter(giveUp)) {
                    throw new IllegalStateException(
                            "The mailbox of " + tenant.profile().slug() + " stays locked");
                }
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the mailbox", e);
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private LockConfiguration lock() {
        return jobs.lockOf(JOB, tenant.profile(), LOCK_AT_MOST_FOR);
    }

    private int poll() {
        Optional<Mailbox> found = transactions.execute(status -> mailboxes.find());
        if (found == null || found.isEmpty() || !found.get().enabled()) {
            return 0;
        }
        Mailbox mailbox = found.get();
        String address = mailbox.username().contains("@") ? mailbox.username() : "";
        String authservId = mailbox.authservId().orElse(null);
        int taken = 0;
        try (ImapConnection imap = ImapConnection.open(
                hosts.sockets(),
                mailbox.host(),
                mailbox.port(),
                mailbox.security(),
                mailbox.username(),
                mailbox.passwordCipher().map(secrets::decrypt).orElse(""),
                mailbox.folder(),
                settings.timeout())) {
            for (Message message : imap.unread(Integer.MAX_VALUE)) {
                if (taken >= settings.batchSize()) {
                    break;
                }
                if (take(message, address, authservId)) {
                    taken++;
                }
            }
            record(m -> m.polled(clock.instant()));
        } catch (MessagingException | IOException | RuntimeException e) {
            log.warn("Mailbox of {} not polled: {}", tenant.profile().slug(), ImapConnection.detail(e));
            record(m -> m.failed(clock.instant(), ImapConnection.errorKey(e)));
        }
        return taken;
    }

    /** Takes one mail; true if it became a ticket or a message now. */
    private boolean take(Message message, String address, @Nullable String authservId)
            throws MessagingException, IOException {
        try (SpooledMail spooled = SpooledMail.of(message)) {
            return take(message, spooled, address, authservId);
        }
    }

    private boolean take(Message message, SpooledMail spooled, String address, @Nullable String authservId)
            throws MessagingException {
        ReceivedMail mail;
        try {
            mail = MailParsing.parse(spooled);
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            String key = "sha256:" + spooled.sha256();
            if (Boolean.TRUE.equals(transactions.execute(status -> door.givenUp(key, settings.maxAttempts())))) {
                return false;
            }
            log.warn(
                    "Unreadable mail {} in the mailbox of {}",
                    key,
                    tenant.profile().slug(),
                    unreadable);
            transactions.executeWithoutResult(
                    status -> door.failed(key, null, null, "unreadable: " + ImapConnection.detail(unreadable)));
            return false;
        }
        Verdict verdict;
        try {
            verdict = transactions.execute(status -> door.receive(mail, address, authservId, settings.maxAttempts()));
        } catch (RuntimeException e) {
            log.warn(
                    "Mail {} in the mailbox of {} not taken: {}",
                    mail.key(),
                    tenant.profile().slug(),
                    e.toString());
            transactions.executeWithoutResult(
                    status -> door.failed(mail.key(), mail.fromEmail(), mail.subject(), ImapConnection.detail(e)));
            return false;
        }
        if (verdict == Verdict.ACKNOWLEDGE) {
            // Committed: only now may the server forget it is new. Failing here, the next poll finds it taken.
            ImapConnection.acknowledge(message);
            return true;
        }
        return false;
    }

    private void record(java.util.function.Consumer<Mailbox> change) {
        transactions.executeWithoutResult(status -> mailboxes.find().ifPresent(mailbox -> {
            change.accept(mailbox);
            mailboxes.save(mailbox);
        }));
    }
}
