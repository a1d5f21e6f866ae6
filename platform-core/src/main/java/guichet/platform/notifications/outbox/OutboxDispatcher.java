package guichet.platform.notifications.outbox;

import guichet.platform.realms.TenantRealms;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantProfile;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the current tenant's due mails, one transaction per mail: the row is locked, sent, and marked sent (or failed,
 * with its next attempt) in the same transaction, so a mail the server took is never sent again, and a mail another
 * dispatcher holds is skipped.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    /** What became of one attempt. */
    enum Attempt {
        SENT,
        FAILED,
        NOTHING_DUE
    }

    private final OutboxMails mails;
    private final JavaMailSender sender;
    private final TransactionTemplate transactions;
    private final CurrentTenant tenant;
    private final TenantRealms realms;
    private final NotificationsProperties settings;
    private final Clock clock;

    OutboxDispatcher(
            OutboxMails mails,
            JavaMailSender sender,
            PlatformTransactionManager transactionManager,
            CurrentTenant tenant,
            TenantRealms realms,
            NotificationsProperties settings,
            Clock clock) {
        this.mails = mails;
        this.sender = sender;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tenant = tenant;
        this.realms = realms;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sends the current tenant's due mails, those due first, until none is left, one fails (the server is most likely
     * unavailable: the others wait for the next run) or a batch is sent.
     *
     * @return how many were sent
     */
    int dispatchDue() {
        InternetAddress from = sender(tenant.profile());
        int sent = 0;
        while (sent < settings.batchSize()) {
            if (attempt(from, mails::lockNextDue) != Attempt.SENT) {
                break;
            }
            sent++;
        }
        return sent;
    }

    /** Sends these mails of the current tenant now, those still due that no other dispatcher holds. */
    void dispatch(Collection<UUID> ids) {
        InternetAddress from = sender(tenant.profile());
        for (UUID id : ids) {
            if (attempt(from, now -> mails.lockIfDue(id, now)) == Attempt.FAILED) {
                break;
            }
        }
    }

    private Attempt attempt(InternetAddress from, Function<Instant, Optional<OutboxMail>> lock) {
        Attempt attempt = transactions.execute(status ->
                lock.apply(clock.instant()).map(mail -> deliver(mail, from)).orElse(Attempt.NOTHING_DUE));
        return attempt == null ? Attempt.NOTHING_DUE : attempt;
    }

    private Attempt deliver(OutboxMail mail, InternetAddress from) {
        try {
            sender.send(message(mail, from));
            mail.sent(clock.instant());
            return Attempt.SENT;
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            // Whatever went wrong (the server, the address, the message), the row records it and waits its turn.
            mail.failed(clock.instant(), describe(e), settings);
            if (mail.failedAt().isPresent()) {
                log.error(
                        "Gave up mail {} ({}) to {} after {} attempts: {}",
                        mail.messageId(),
                        mail.kind(),
                        mail.recipient(),
                        mail.attempts(),
                        describe(e));
            } else {
                log.warn(
                        "Mail {} ({}) not sent, attempt {}; next at {}: {}",
                        mail.messageId(),
                        mail.kind(),
                        mail.attempts(),
                        mail.nextAttemptAt(),
                        describe(e));
            }
            return Attempt.FAILED;
        }
    }

    private MimeMessage message(OutboxMail mail, InternetAddress from)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper =
                new MimeMessageHelper(message, mail.htmlBody().isPresent(), StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(new InternetAddress(
                mail.recipient(), mail.recipientName().orElse(null), StandardCharsets.UTF_8.name()));
        helper.setSubject(mail.subject());
        if (mail.htmlBody().isPresent()) {
            helper.setText(mail.textBody(), mail.htmlBody().get());
        } else {
            helper.setText(mail.textBody());
        }
        if (mail.replyTo().isPresent()) {
            helper.setReplyTo(mail.replyTo().get());
        }
        helper.setSentDate(Date.from(clock.instant()));
        // Spring keeps a Message-ID set before sending: the one fixed when the row was written.
        message.setHeader("Message-ID", mail.messageId());
        if (mail.inReplyTo().isPresent()) {
            message.setHeader("In-Reply-To", mail.inReplyTo().get());
        }
        if (mail.references().isPresent()) {
            message.setHeader("References", mail.references().get());
        }
        // Out-of-office robots should not answer notifications (RFC 3834); people still can.
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private InternetAddress sender(TenantProfile profile) {
        try {
            return new InternetAddress(realms.mailFrom(profile), profile.displayName(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" / ")
                    .append(cause.getClass().getSimpleName())
                    .append(": ")
                    .append(cause.getMessage());
        }
        return text.toString();
    }
}
