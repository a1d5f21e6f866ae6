package guichet.claims;

import guichet.claims.attachments.Attachments;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.claims.desk.Ratings;
import guichet.claims.search.TicketQuery;
import guichet.claims.search.TicketSearch;
import guichet.customers.CustomerAnonymised;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.ids.TicketId;
import guichet.platform.users.Users;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Erases what an anonymised customer wrote on his tickets (his messages, the files he sent, the sender's address, his
 * rating comment), keeping the tickets, their dates, statuses and scores for statistics.
 */
@Component
class CustomerErasure {

    static final String ERASED = "—";

    private final TicketSearch search;
    private final Claims tickets;
    private final Messages messages;
    private final Ratings ratings;
    private final TicketJournal journal;
    private final Attachments attachments;
    private final Users users;

    CustomerErasure(
            TicketSearch search,
            Claims tickets,
            Messages messages,
            Ratings ratings,
            TicketJournal journal,
            Attachments attachments,
            Users users) {
        this.search = search;
        this.tickets = tickets;
        this.messages = messages;
        this.ratings = ratings;
        this.journal = journal;
        this.attachments = attachments;
        this.users = users;
    }

    @ApplicationModuleListener
    void on(CustomerAnonymised event) {
        TicketQuery his = TicketQuery.all(CustomerAccess.EVERYONE).withCustomer(event.customer());
        Set<UUID> accounts = users.findByCustomerId(event.customer().value()).stream()
                .map(user -> user.id().value())
                .collect(Collectors.toSet());
        Page<TicketId> page = search.findTickets(his, PageRequest.of(0, 500));
        while (true) {
            List<Claim> found = tickets.inOrder(page.getContent());
            List<UUID> ids = found.stream().map(t -> t.id().value()).toList();
            if (!ids.isEmpty()) {
                Set<UUID> written = new HashSet<>();
                for (Message message : messages.customerMessagesOf(ids)) {
                    message.redact(ERASED, ERASED);
                    messages.save(message);
                    written.add(message.id());
                }
                attachments.eraseCustomerFiles(ids, written, accounts);
                ratings.findByTickets(ids).forEach(rating -> {
                    rating.forgetComment();
                    ratings.save(rating);
                });
                for (Claim ticket : found) {
                    ticket.forgetAuthor();
                    tickets.save(ticket);
                    journal.reindex(ticket);
                }
            }
            if (!page.hasNext()) {
                return;
            }
            page = search.findTickets(his, page.nextPageable());
        }
    }
}
