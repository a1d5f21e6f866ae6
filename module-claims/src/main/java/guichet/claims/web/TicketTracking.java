package guichet.claims.web;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.platform.customers.ContactPoint;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.tickets.Ticket;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket's progress for whoever holds both its number and an e-mail address of its customer (or, for a mail from an
 * unknown address, the address it came from): what a walk-in client or a mail sender can follow without an account.
 * It tells the status and dates only, never the title, the messages or who the customer is. A wrong pair answers
 * exactly like a number that does not exist.
 */
@Component
class TicketTracking {

    private static final Pattern NUMBER = Pattern.compile("^T-\\d{1,12}$");
    private static final int MAX_EMAIL = 254;

    private final Claims tickets;
    private final Customers customers;

    TicketTracking(Claims tickets, Customers customers) {
        this.tickets = tickets;
        this.customers = customers;
    }

    /** What a visitor may know of a ticket: its status and dates, nothing it says nor who it is about. */
    record Progress(
            String number,
            String status,
            Ticket.Category category,
            Instant createdAt,
            Instant updatedAt,
            boolean awaitingCustomer) {}

    /**
     * The ticket's progress, if the number exists in this tenant and the address is its customer's or its sender's.
     *
     * @param number its number as typed ({@code t-000042} too)
     * @param email an address as typed
     */
    @Transactional(readOnly = true)
    Optional<Progress> find(String number, String email) {
        String wanted = number.strip().toUpperCase(Locale.ROOT);
        String address = email.strip();
        if (!NUMBER.matcher(wanted).matches() || address.isEmpty() || address.length() > MAX_EMAIL) {
            return Optional.empty();
        }
        String normalized = ContactPoint.normalize(ContactPoint.Kind.EMAIL, address);
        return tickets.findByNumber(wanted)
                .filter(ticket -> belongsTo(ticket, normalized))
                .map(ticket -> new Progress(
                        ticket.number(),
                        ticket.status(),
                        ticket.category(),
                        ticket.createdAt(),
                        ticket.updatedAt(),
                        ticket.awaitingCustomer() && ticket.isOpen()));
    }

    private boolean belongsTo(Claim ticket, String normalizedEmail) {
        if (ticket.customer().isPresent()) {
            return customers
                    .find(ticket.customer().get())
                    .map(Customer::emails)
                    .map(emails -> emails.stream()
                            .anyMatch(e -> ContactPoint.normalize(ContactPoint.Kind.EMAIL, e)
                                    .equals(normalizedEmail)))
                    .orElse(false);
        }
        return ticket.authorEmail()
                .map(sender ->
                        ContactPoint.normalize(ContactPoint.Kind.EMAIL, sender).equals(normalizedEmail))
                .orElse(false);
    }
}
