package guichet.claims.desk;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The messages and notes of the current tenant's tickets. */
public interface Messages extends Repository<Message, UUID> {

    Message save(Message message);

    java.util.Optional<Message> findById(UUID id);

    /**
     * A ticket's messages in the order they were written; at the same instant (a ticket opened with a hidden note) the
     * public one first, so the description always opens the conversation.
     */
    @Query("select m from Message m where m.ticketId = :ticket order by m.createdAt, m.hidden, m.id")
    List<Message> findByTicket(UUID ticket);

    /** Public messages of these tickets, newest first (for the resolution shown with similar tickets). */
    @Query("""
            select m from Message m where m.ticketId in :tickets and m.hidden = false and m.fromStaff = true
            order by m.createdAt desc""")
    List<Message> staffRepliesOf(Collection<UUID> tickets);

    @Query("select m from Message m where m.authorUserId in :authors")
    List<Message> findByAuthors(Collection<UUID> authors);

    @Query("select m from Message m where m.ticketId in :tickets and m.fromStaff = false")
    List<Message> customerMessagesOf(Collection<UUID> tickets);
}
