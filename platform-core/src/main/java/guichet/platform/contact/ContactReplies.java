package guichet.platform.contact;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The replies of the current tenant's contact messages. */
interface ContactReplies extends Repository<ContactReply, UUID> {

    ContactReply save(ContactReply reply);

    /** Renames the replies the author of these messages wrote on them (he is forgotten). */
    @Modifying
    @Query("update ContactReply r set r.authorName = :name"
            + " where r.author = guichet.platform.contact.ContactReply.Author.AUTHOR and r.messageId in :messages")
    int renameAuthor(Collection<UUID> messages, String name);

    /** A thread's replies, oldest first. */
    @Query("select r from ContactReply r where r.messageId = :message order by r.createdAt, r.id")
    List<ContactReply> thread(UUID message);
}
