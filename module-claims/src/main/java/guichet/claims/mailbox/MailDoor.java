package guichet.claims.mailbox;

import guichet.claims.SenderConfirmation;
import guichet.claims.ServiceDesk;
import guichet.claims.attachments.Attachments;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.claims.mailbox.InboundMail.Outcome;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.files.FilesProperties;
import guichet.platform.ids.CustomerId;
import guichet.platform.notifications.MailThreads;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantId;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What one inbound mail becomes, in one transaction: nothing when it was already taken (same Message-ID), a note that
 * it was ignored when a machine wrote it, a message on the ticket it answers, or a new ticket.
 *
 * <p>A mail answers a ticket when its {@code In-Reply-To} or {@code References} names one of our notification mails
 * (whose ids carry an unguessable outbox id); or when it names the ticket's thread root or carries the ticket number
 * in its subject ({@code [T-000042]}) and comes from the ticket's customer or from the address that opened it. Anyone
 * else's mail opens a new ticket. The caller runs each method in a transaction of its own.
 *
 * <p>When the mailbox names its receiving server (RFC 8601 authserv-id), a mail in a known customer's name — from his
 * address, or from the address that opened the ticket it answers — acts as him only when that server vouched for its
 * sender ({@link SenderVerdicts}); otherwise it is held « to confirm » for an agent ({@link SenderConfirmation}). With
 * none configured, senders are taken at their word and the mailbox page says so (ADR 0037).
 */
@Component
class MailDoor {

    private static final Pattern TICKET_NUMBER = Pattern.compile("\\[\\s*(T-\\d{6,})\\s*]");
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>@\\s]+)@([^<>@\\s]+)>");
    private static final Pattern OUTBOX_LOCAL_PART =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\..+");
    private static final int MAX_TITLE = 200;
    private static final int MAX_BODY = Message.MAX_LENGTH;

    private final ServiceDesk desk;
    private final SenderConfirmation confirmation;
    private final Messages messages;
    private final Claims tickets;
    private final Customers customers;
    private final InboundMails inbound;
    private final Attachments attachments;
    private final FilesProperties files;
    private final CurrentTenant tenant;
    private final Users users;
    private final Clock clock;

    MailDoor(
            ServiceDesk desk,
            SenderConfirmation confirmation,
            Messages messages,
            Claims tickets,
            Customers customers,
            InboundMails inbound,
            Attachments attachments,
            FilesProperties files,
            CurrentTenant tenant,
            Users users,
            Clock clock) {
        this.desk = desk;
        this.confirmation = confirmation;
        this.messages = messages;
        this.tickets = tickets;
        this.customers = customers;
        this.inbound = inbound;
        this.attachments = attachments;
        this.files = files;
        this.tenant = tenant;
        this.users = users;
        this.clock = clock;
    }

    /** What the poller does with the mail on the server afterwards. */
    enum Verdict {
        /** Taken (now or before): flag it read. */
        ACKNOWLEDGE,
        /** Tried too often: leave it unread for a person to look at. */
        LEAVE
    }

    /**
     * Takes the mail, unless it was taken before.
     *
     * @param mailboxAddress the mailbox's own address, whose mails are ours and left alone
     * @param authservId the receiving server's identifier whose verdicts are believed, or {@code null} to take senders at
     *     their word
     * @param maxAttempts how many failed attempts leave a mail alone
     */
    Verdict receive(ReceivedMail mail, String mailboxAddress, @Nullable String authservId, int maxAttempts) {
        Instant now = clock.instant();
        Optional<InboundMail> known = inbound.findByMessageKey(mail.key());
        if (known.isPresent() && known.get().outcome() != Outcome.FAILED) {
            return Verdict.ACKNOWLEDGE;
        }
        if (known.isPresent() && known.get().attempts() >= maxAttempts) {
            return Verdict.LEAVE;
        }
        InboundMail record = known.orElseGet(() -> new InboundMail(mail.key(), mail.fromEmail(), mail.subject(), now));
        TenantId tenantId = tenant.profile().id();
        if (mail.automatic() != null
                || mail.fromEmail().equalsIgnoreCase(mailboxAddress)
                || mail.key().toLowerCase(Locale.ROOT).endsWith("@" + MailThreads.domainOf(tenantId) + ">")) {
            record.done(Outcome.IGNORED, null, now);
            inbound.save(record);
            return Verdict.ACKNOWLEDGE;
        }
        Optional<Claim> answered = answeredTicket(mail, tenantId);
        // Sized once: a file sent larger than the limit is read to tell, which the text and the keeping share.
        Map<Boolean, List<ReceivedMail.Attachment>> fitting =
                mail.attachments().stream().collect(Collectors.partitioningBy(this::fits));
        String body = body(mail, fitting.get(false));
        boolean vouched = authservId == null
                || SenderVerdicts.vouchFor(mail.authenticationResults(), authservId, mail.fromEmail());
        CustomerId customer = customerOf(mail.fromEmail());
        if (answered.isPresent()) {
            boolean claimsSomeone = customer != null || fromTicketsOwnSender(answered.get(), mail.fromEmail());
            Message message = vouched || !claimsSomeone
                    ? desk.addInboundMessage(answered.get(), body, mail.fromEmail(), mail.fromName())
                    : confirmation.holdReply(answered.get(), body, mail.fromEmail(), mail.fromName());
            // Files sent with a held message stay hidden from the customer with it.
            keepAttachments(answered.get(), message.id(), fitting.get(true), message.hidden());
            record.done(Outcome.ADDED, answered.get().id().value(), now);
        } else {
            String title = MailText.cut(MailText.withoutReplyPrefixes(mail.subject()), MAX_TITLE);
            Claim ticket = vouched || customer == null
                    ? desk.openFromEmail(title, body, customer, mail.fromEmail(), mail.fromName())
                    : confirmation.holdOpening(title, body, mail.fromEmail(), mail.fromName());
            keepAttachments(ticket, firstMessageOf(ticket), fitting.get(true), false);
            record.done(Outcome.OPENED, ticket.id().value(), now);
        }
        inbound.save(record);
        return Verdict.ACKNOWLEDGE;
    }

    /** Whether the mail with this key failed so often that it is left for a person. */
    boolean givenUp(String key, int maxAttempts) {
        return inbound.findByMessageKey(key)
                .filter(mail -> mail.outcome() == Outcome.FAILED && mail.attempts() >= maxAttempts)
                .isPresent();
    }

    /** Notes a failed attempt, in a transaction of its own (the mail's own was rolled back). */
    void failed(String key, @Nullable String fromEmail, @Nullable String subject, String error) {
        Instant now = clock.instant();
        InboundMail record =
                inbound.findByMessageKey(key).orElseGet(() -> new InboundMail(key, fromEmail, subject, now));
        record.failed(error, now);
        inbound.save(record);
    }

    private Optional<Claim> answeredTicket(ReceivedMail mail, TenantId tenantId) {
        for (String header : new String[] {mail.inReplyTo(), mail.references()}) {
            if (header == null) {
                continue;
            }
            Matcher ids = MESSAGE_ID.matcher(header);
            while (ids.find()) {
                Optional<String> thread = MailThreads.threadIdOf(ids.group(), tenantId);
                if (thread.isEmpty()) {
                    continue;
                }
                Optional<Claim> ticket = tickets.findByNumber(thread.get());
                // An outbox id is unguessable; a thread root is not, so the sender must be the ticket's own.
                boolean unguessable = OUTBOX_LOCAL_PART.matcher(ids.group(1)).matches();
                if (ticket.isPresent() && (unguessable || fromTicketsOwnSender(ticket.get(), mail.fromEmail()))) {
                    return ticket;
                }
            }
        }
        Matcher number = TICKET_NUMBER.matcher(mail.subject());
        while (number.find()) {
            Optional<Claim> ticket = tickets.findByNumber(number.group(1));
            if (ticket.isPresent() && fromTicketsOwnSender(ticket.get(), mail.fromEmail())) {
                return ticket;
            }
        }
        return Optional.empty();
    }

    private boolean fromTicketsOwnSender(Claim ticket, String fromEmail) {
        if (ticket.authorEmail().filter(fromEmail::equalsIgnoreCase).isPresent()) {
            return true;
        }
        return ticket.customer()
                .flatMap(customers::find)
                .map(customer -> customer.emails().stream().anyMatch(fromEmail::equalsIgnoreCase)
                        || accountHolder(fromEmail)
                                .filter(customer.id()::equals)
                                .isPresent())
                .orElse(false);
    }

    /**
     * The customer this address is his, when exactly one is: an address on his record, or the one an account of his
     * signs in with.
     */
    private @Nullable CustomerId customerOf(String fromEmail) {
        if (fromEmail.isBlank()) {
            return null;
        }
        Set<CustomerId> matching = new LinkedHashSet<>();
        customers.findByEmail(fromEmail).stream()
                .filter(customer -> !customer.isMerged())
                .forEach(customer -> matching.add(customer.id()));
        accountHolder(fromEmail).ifPresent(matching::add);
        return matching.size() == 1 ? matching.iterator().next() : null;
    }

    /** The customer whose active account signs in with this address, if any. */
    private Optional<CustomerId> accountHolder(String fromEmail) {
        return users.findByEmail(fromEmail.strip().toLowerCase(Locale.ROOT))
                .filter(User::active)
                .flatMap(User::customer)
                .flatMap(customers::find)
                .filter(customer -> !customer.isMerged())
                .map(Customer::id);
    }

    /** The message's text: the mail's, the names of the files too large to keep, at most {@code MAX_BODY}. */
    private String body(ReceivedMail mail, List<ReceivedMail.Attachment> tooLarge) {
        String text = mail.text().isBlank() ? "(message sans texte)" : mail.text();
        if (!tooLarge.isEmpty()) {
            text += "\n\n[Pièces jointes trop volumineuses, conservées dans la boîte aux lettres : "
                    + tooLarge.stream().map(ReceivedMail.Attachment::filename).collect(Collectors.joining(", "))
                    + "]";
        }
        if (text.length() > MAX_BODY) {
            String note = "\n\n[… message tronqué ; le texte entier reste dans la boîte aux lettres]";
            text = text.substring(0, MAX_BODY - note.length()) + note;
        }
        return text;
    }

    /** The mail's files join the message it became, visible to the customer as he sent them. */
    private void keepAttachments(Claim ticket, UUID messageId, List<ReceivedMail.Attachment> files, boolean hidden) {
        for (ReceivedMail.Attachment file : files) {
            try (InputStream content = file.content().open()) {
                attachments.attach(ticket, messageId, file.filename(), content, hidden, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether the desk takes a file this size; a larger one would fail the whole mail, again and again. */
    private boolean fits(ReceivedMail.Attachment file) {
        return file.fitsIn(files.maxSize().toBytes());
    }

    private UUID firstMessageOf(Claim ticket) {
        return messages.findByTicket(ticket.id().value()).getFirst().id();
    }
}
