package guichet.platform.tickets;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;

/**
 * A synchronous port through which a module opens a ticket for a customer without depending on the module that owns
 * tickets (a forum question a staff member turns into a ticket for its author). The module that owns tickets provides
 * it; the caller uses it only for tenants that have {@link #module()}, inside its own transaction, so that what it
 * records about the ticket exists exactly when the ticket does. A refusal is thrown as a
 * {@code guichet.platform.modules.Refusal} with its reason.
 */
public interface TicketDoor {

    /** The module that opens the tickets; the door is for tenants that have it. */
    String module();

    /**
     * Opens a ticket on behalf of its customer, as the staff member who asks.
     *
     * @return the new ticket's number, such as {@code T-000042}
     */
    String open(Request request);

    /**
     * What the new ticket is made of.
     *
     * @param customer who it is for
     * @param title its title
     * @param description its first message, the customer's words
     * @param staff the staff member who opens it
     * @param staffName his name as the ticket's timeline shows it
     */
    record Request(CustomerId customer, String title, String description, UserId staff, String staffName) {}
}
