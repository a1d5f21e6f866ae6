package guichet.claims.attachments;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The attachments of the current tenant's tickets; other code goes through {@link Attachments}. */
public interface AttachmentRecords extends Repository<Attachment, UUID> {

    Attachment save(Attachment attachment);

    @Query("select a from Attachment a where a.ticketId = :ticket order by a.uploadedAt, a.id")
    List<Attachment> findByTicket(UUID ticket);

    @Query("select a from Attachment a where a.ticketId in :tickets")
    List<Attachment> findByTickets(Collection<UUID> tickets);

    void delete(Attachment attachment);

    @Query("select a from Attachment a where a.ticketId = :ticket and a.id = :id")
    Optional<Attachment> find(UUID ticket, UUID id);
}
