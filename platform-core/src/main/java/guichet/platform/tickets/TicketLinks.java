package guichet.platform.tickets;

import java.util.regex.Pattern;

/**
 * Where a ticket's page is, for modules that mention tickets without depending on the one that shows them (a wiki
 * page's « voir T-000042 » becomes a link to that ticket). The module that owns ticket pages provides it; a tenant
 * without that module gets no links.
 */
public interface TicketLinks {

    /** The module whose pages these are; links are made only for tenants that have it. */
    String module();

    /** A ticket number as it is written in a text. */
    Pattern numbers();

    /** The ticket's page for staff. */
    String staff(String number);

    /** The ticket's page in its customer's portal. */
    String portal(String number);
}
