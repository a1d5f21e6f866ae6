package guichet.platform.contact;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The replies of the current tenant's contact messages. */
interface ContactReplies extends Repository<ContactReply, UUID> {

    ContactReply save(ContactReply reply);

    /** A thread's replies, oldest first. */
    @Query("select r from ContactReply r where r.messageId = :message order by r.createdAt, r.id")
    List<ContactReply> thread(UUID message);
}
