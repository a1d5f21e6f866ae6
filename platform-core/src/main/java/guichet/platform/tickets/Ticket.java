package guichet.platform.tickets;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A customer's request or incident, as every module reads it: its number, title, customer, product, status and its
 * fixed {@link Category}, dates (statistics, quotes, the customer's page). Its status, priority and type are codes the
 * claims module configures per tenant; each status belongs to one fixed category. Read-only: tickets are opened and
 * moved through their lifecycle by the claims module alone, which maps the same row with its rules; a module that must
 * act on tickets publishes an event the claims module listens to.
 */
@Entity
@Immutable
@Table(name = "core_ticket")
public class Ticket extends AbstractTicket {

    /** The fixed lifecycle every tenant's own statuses map to. */
    public enum Category {
        NEW,
        IN_PROGRESS,
        WAITING,
        RESOLVED,
        CLOSED;

        /** New, in progress or waiting on the customer. */
        public boolean isOpen() {
            return this == NEW || this == IN_PROGRESS || this == WAITING;
        }
    }

    /** Where a ticket came in. */
    public enum Channel {
        /** The customer's self-service portal. */
        PORTAL,
        /** A staff member, on behalf of a customer. */
        STAFF,
        /** An agent at his agency, for a walk-in client (seed 000). */
        COUNTER,
        /** An e-mail to the tenant's mailbox (seed 003). */
        EMAIL,
        /** Another system, through the REST API. */
        API
    }

    protected Ticket() {}
}
