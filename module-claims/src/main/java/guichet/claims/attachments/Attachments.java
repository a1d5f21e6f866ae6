package guichet.claims.attachments;

import guichet.claims.TicketRejected;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.platform.files.BlobStore;
import guichet.platform.files.BlobTooLarge;
import guichet.platform.files.StoredBlob;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A ticket's attachments, for every door: the portal, the staff pages, the API and the e-mail door attach through
 * {@link #attach}. Content is streamed to the platform's {@link BlobStore} (never held whole in memory), typed from its
 * bytes, and kept within {@code guichet.files.max-size} (25 MB by default); the database keeps its name, type, size,
 * digest and key. Callers pass tickets the acting user may reach ({@link guichet.claims.TicketAccess}).
 */
@Service
@Transactional
public class Attachments {

    private static final int MAX_NAME = 255;

    private final AttachmentRecords records;
    private final Messages messages;
    private final BlobStore store;
    private final Clock clock;

    Attachments(AttachmentRecords records, Messages messages, BlobStore store, Clock clock) {
        this.records = records;
        this.messages = messages;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Attaches a file to a ticket. The file is stored before this returns; should the surrounding transaction roll
     * back, it is deleted again.
     *
     * @param ticket the ticket, in the current tenant
     * @param messageId the message it comes with, on this ticket; null to attach it to the ticket itself
     * @param filename the name it came with; directories are dropped, and a blank name becomes {@code file}
     * @param content its bytes, read to the end but not closed
     * @param hidden whether only the staff may see it; always true on a hidden note
     * @param uploadedBy the user who attached it; null for an e-mail's sender or a customer without an account
     * @return the attachment, saved
     * @throws TicketRejected {@code claims.attachments.error.refused} past the size limit,
     *     {@code claims.attachments.error.message} if the message is not the ticket's
     */
    public Attachment attach(
            Claim ticket,
            @Nullable UUID messageId,
            String filename,
            InputStream content,
            boolean hidden,
            @Nullable UUID uploadedBy) {
        boolean secret = hidden;
        if (messageId != null) {
            Message message = messages.findById(messageId)
                    .filter(m -> m.ticket().equals(ticket.id()))
                    .orElseThrow(() -> new TicketRejected("claims.attachments.error.message"));
            secret = secret || message.hidden();
        }
        String name = cleaned(filename);
        StoredBlob blob;
        try {
            blob = store.store(content, name);
        } catch (BlobTooLarge tooLarge) {
            throw new TicketRejected("claims.attachments.error.refused");
        }
        deleteWhen(TransactionSynchronization.STATUS_ROLLED_BACK, blob);
        return records.save(new Attachment(ticket.id(), messageId, name, blob, secret, uploadedBy, clock.instant()));
    }

    /** A ticket's attachments, oldest first; hidden ones only if asked for. */
    @Transactional(readOnly = true)
    public List<Attachment> of(UUID ticketId, boolean includeHidden) {
        return records.findByTicket(ticketId).stream()
                .filter(a -> includeHidden || !a.hidden())
                .toList();
    }

    /** Shows the customer the files of one message that was hidden from him (a mail whose sender an agent confirmed). */
    @Transactional
    public void showWith(UUID ticketId, UUID messageId) {
        for (Attachment attachment : records.findByTicket(ticketId)) {
            if (attachment.message().filter(messageId::equals).isPresent()) {
                attachment.show();
                records.save(attachment);
            }
        }
    }

    /** One of a ticket's attachments, if there is one of this id on it and the viewer may see hidden ones or it is not. */
    @Transactional(readOnly = true)
    public Optional<Attachment> find(UUID ticketId, UUID attachmentId, boolean includeHidden) {
        return records.find(ticketId, attachmentId).filter(a -> includeHidden || !a.hidden());
    }

    /**
     * A ticket's attachments under the messages a page shows, by message id. Those attached to the ticket itself, or
     * to a message not shown, go under the first public message shown (the description), never inside a hidden note.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<Attachment>> underMessages(UUID ticketId, List<Message> shown, boolean includeHidden) {
        Map<UUID, List<Attachment>> placed = new LinkedHashMap<>();
        if (shown.isEmpty()) {
            return placed;
        }
        Set<UUID> ids = new HashSet<>();
        shown.forEach(m -> ids.add(m.id()));
        // A file of the ticket itself (sent with it) goes with its description, never inside a hidden note.
        UUID first = shown.stream()
                .filter(m -> !m.hidden())
                .findFirst()
                .orElse(shown.getFirst())
                .id();
        for (Attachment attachment : of(ticketId, includeHidden)) {
            UUID under = attachment.message().filter(ids::contains).orElse(first);
            placed.computeIfAbsent(under, ignored -> new ArrayList<>()).add(attachment);
        }
        return placed;
    }

    /**
     * Erases the files a customer sent on these tickets, which may identify him (an anonymised customer): those of his
     * messages, and those his accounts attached to the tickets themselves. The staff's files stay. The records go now,
     * the content once the transaction commits.
     *
     * @param tickets his tickets
     * @param hisMessages the ids of the messages he wrote on them
     * @param hisAccounts the ids of his user accounts
     * @return how many files were erased
     */
    public int eraseCustomerFiles(Collection<UUID> tickets, Set<UUID> hisMessages, Set<UUID> hisAccounts) {
        if (tickets.isEmpty()) {
            return 0;
        }
        List<Attachment> his = records.findByTickets(tickets).stream()
                .filter(a -> a.message()
                        .map(hisMessages::contains)
                        .orElseGet(() ->
                                a.uploadedBy().filter(hisAccounts::contains).isPresent()))
                .toList();
        for (Attachment attachment : his) {
            records.delete(attachment);
            deleteWhen(TransactionSynchronization.STATUS_COMMITTED, attachment.blob());
        }
        return his.size();
    }

    /**
     * Deletes the blob's content once the surrounding transaction ends with {@code outcome} (a
     * {@link TransactionSynchronization} status); outside a transaction, at once if that outcome is a commit.
     */
    private void deleteWhen(int outcome, StoredBlob blob) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (outcome == TransactionSynchronization.STATUS_COMMITTED) {
                store.delete(blob.key());
            }
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == outcome) {
                    store.delete(blob.key());
                }
            }
        });
    }

    /** The name without directories or control characters, at most 255 characters; {@code file} if nothing is left. */
    static String cleaned(@Nullable String filename) {
        String given = filename == null ? "" : filename;
        String base = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        base.codePoints().filter(c -> !Character.isISOControl(c)).forEach(kept::appendCodePoint);
        String name = kept.toString().strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(name.length() - MAX_NAME);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "file" : name;
    }
}
