package guichet.claims;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.claims.desk.Timeline;
import guichet.claims.desk.TimelineEntry;
import guichet.claims.search.TicketIndex;
import guichet.platform.customers.Customers;
import guichet.platform.history.InteractionLog;
import guichet.platform.text.SearchText;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes down what happened to a ticket, in one place: its timeline entry, the tenant's interaction history (seed 000),
 * the ticket row's last activity and author (what lists sort on), and its searchable text (beside the row).
 */
@Component
class TicketJournal {

    private final Claims tickets;
    private final Timeline timeline;
    private final Messages messages;
    private final Customers customers;
    private final InteractionLog history;
    private final TicketIndex index;

    TicketJournal(
            Claims tickets,
            Timeline timeline,
            Messages messages,
            Customers customers,
            InteractionLog history,
            TicketIndex index) {
        this.tickets = tickets;
        this.timeline = timeline;
        this.messages = messages;
        this.customers = customers;
        this.history = history;
        this.index = index;
    }

    /** Records an action on the ticket by someone, at a time, visible to the customer or not. */
    TimelineEntry record(Claim ticket, Actor actor, TimelineEntry.Action action, boolean visible, Instant now) {
        TimelineEntry entry = new TimelineEntry(ticket.id(), now, actor.user(), actor.name(), action, visible);
        ticket.touch(now, actor.name());
        if (visible) {
            ticket.touchPublicly(now);
        }
        return entry;
    }

    /** Saves the entry and the ticket, and adds the action to the interaction history. */
    Claim save(Claim ticket, TimelineEntry entry, @Nullable String summary) {
        timeline.save(entry);
        String described = ticket.number() + (summary == null || summary.isBlank() ? "" : " — " + summary);
        history.record(
                "TICKET_" + entry.action().name(),
                "ticket",
                ticket.number(),
                described.length() > 480 ? described.substring(0, 479) + "…" : described);
        return tickets.save(ticket);
    }

    /**
     * Writes the searchable texts again, whole: title, the customer's name, the sender's and every message; the
     * staff's also has the hidden notes, the customer's never. Called once the ticket's own changes are made: they are
     * flushed first (see {@link TicketIndex}).
     */
    void reindex(Claim ticket) {
        StringBuilder text = new StringBuilder(ticket.title());
        ticket.customer()
                .flatMap(customers::find)
                .ifPresent(c -> text.append(' ').append(c.displayName()));
        ticket.authorName().ifPresent(name -> text.append(' ').append(name));
        ticket.authorEmail().ifPresent(email -> text.append(' ').append(email));
        StringBuilder hidden = new StringBuilder();
        for (Message message : messages.findByTicket(ticket.id().value())) {
            (message.hidden() ? hidden : text).append(' ').append(message.body());
        }
        String shown = SearchText.normalize(text.toString());
        index.write(ticket.id(), SearchText.normalize(text.append(hidden).toString()), shown);
    }

    /**
     * Adds a new message's words to the searchable texts (the customer's too unless it is hidden), without reading the
     * ticket's other messages again. Called once the ticket's own changes are made, as {@link #reindex}.
     */
    void indexed(Claim ticket, Message message) {
        if (!index.add(ticket.id(), SearchText.normalize(message.body()), message.hidden())) {
            reindex(ticket);
        }
    }
}
