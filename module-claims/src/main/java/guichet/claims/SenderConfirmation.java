package guichet.claims;

import guichet.claims.attachments.Attachments;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.claims.desk.TimelineEntry;
import guichet.claims.desk.TimelineEntry.Action;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails in a known customer's name whose sender the receiving server did not vouch for (ADR 0037): the e-mail door
 * holds them « to confirm » instead of acting as the customer — a message on his ticket hidden from him, which neither
 * reopens the ticket nor changes whose turn it is, or a new ticket left unidentified — and an agent confirms or rejects
 * each one.
 */
@Service
@Transactional
public class SenderConfirmation {

    private final ServiceDesk desk;
    private final TicketEditing editing;
    private final TicketJournal journal;
    private final Claims tickets;
    private final Messages messages;
    private final Customers customers;
    private final Attachments attachments;
    private final Clock clock;

    SenderConfirmation(
            ServiceDesk desk,
            TicketEditing editing,
            TicketJournal journal,
            Claims tickets,
            Messages messages,
            Customers customers,
            Attachments attachments,
            Clock clock) {
        this.desk = desk;
        this.editing = editing;
        this.journal = journal;
        this.tickets = tickets;
        this.messages = messages;
        this.customers = customers;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** Adds the mail to the ticket, held: hidden from the customer, for an agent to confirm. */
    public Message holdReply(Claim given, String body, String fromEmail, @Nullable String fromName) {
        Claim ticket = attached(given);
        Instant now = clock.instant();
        String name = fromName == null || fromName.isBlank() ? fromEmail : fromName;
        Message message = new Message(ticket.id(), true, false, null, name, TicketTexts.body(body), now);
        message.hold(fromEmail);
        messages.save(message);
        TimelineEntry entry = journal.record(ticket, Actor.sender(null, name), Action.HELD, false, now)
                .about(message);
        journal.save(ticket, entry, fromEmail);
        journal.indexed(ticket, message);
        return message;
    }

    /** Opens a ticket from the mail with no customer, its message held for an agent to confirm. */
    public Claim holdOpening(String subject, String body, String fromEmail, @Nullable String fromName) {
        Claim ticket = desk.openFromEmail(subject, body, null, fromEmail, fromName);
        List<Message> written = messages.findByTicket(ticket.id().value());
        written.getFirst().hold(fromEmail);
        messages.save(written.getFirst());
        tickets.save(ticket);
        journal.reindex(ticket);
        return ticket;
    }

    /**
     * The agent confirms who sent the held message: it becomes the customer's, public with its files, and a ticket with
     * no customer is attached to the one customer with that address.
     *
     * @throws TicketRejected if the message is not held on this ticket
     */
    public void confirm(Claim given, UUID messageId, Actor by) {
        Claim ticket = attached(given);
        Message message = held(ticket, messageId, by);
        if (ticket.customer().isEmpty()) {
            List<Customer> owners = message.claimedEmail().stream()
                    .flatMap(email -> customers.findByEmail(email).stream())
                    .filter(customer -> !customer.isMerged())
                    .toList();
            if (owners.size() == 1) {
                editing.attachCustomer(ticket, owners.getFirst().id(), by);
                ticket = attached(ticket);
            }
        }
        message.confirmSender();
        messages.save(message);
        attachments.showWith(ticket.id().value(), message.id());
        Instant now = clock.instant();
        TimelineEntry entry =
                journal.record(ticket, by, Action.SENDER_CONFIRMED, true, now).about(message);
        ticket.awaitCustomer(false);
        journal.save(ticket, entry, message.claimedEmail().orElse(null));
        journal.reindex(ticket);
    }

    /**
     * The agent rejects the held message: it stays hidden from the customer, marked rejected.
     *
     * @throws TicketRejected if the message is not held on this ticket
     */
    public void reject(Claim given, UUID messageId, Actor by) {
        Claim ticket = attached(given);
        Message message = held(ticket, messageId, by);
        message.rejectSender();
        messages.save(message);
        TimelineEntry entry = journal.record(ticket, by, Action.SENDER_REJECTED, false, clock.instant())
                .about(message);
        journal.save(ticket, entry, message.claimedEmail().orElse(null));
    }

    private Message held(Claim ticket, UUID messageId, Actor by) {
        if (!by.staff()) {
            throw new TicketRejected("claims.error.staffOnly");
        }
        return messages.findByTicket(ticket.id().value()).stream()
                .filter(m -> m.id().equals(messageId) && m.toConfirm())
                .findFirst()
                .orElseThrow(() -> new TicketRejected("claims.error.notHeld"));
    }

    private Claim attached(Claim ticket) {
        return tickets.find(ticket.id()).orElseThrow(() -> new TicketRejected("claims.error.gone"));
    }
}
