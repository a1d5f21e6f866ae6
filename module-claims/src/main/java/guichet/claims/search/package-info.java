/**
 * Ticket search: the claims module's port ({@link guichet.claims.search.TicketSearch}) the lists, counts, exports and
 * similar-ticket suggestions go through, its query ({@link guichet.claims.search.TicketQuery}) and the default engine,
 * PostgreSQL (full-text vectors in French, English and Arabic, planned by how many tickets match). A named interface,
 * so that a scale-out engine outside the module can implement the port.
 */
@NamedInterface("search")
@NullMarked
package guichet.claims.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
