package guichet.claims.mailbox;

import guichet.platform.tickets.Ticket;
import java.util.List;
import java.util.UUID;

/** Where the files attached to an inbound mail are kept, on the ticket message the mail became. */
interface MailAttachments {

    /** Whether files can be kept on tickets; when not, the message lists them and they stay in the mailbox. */
    boolean available();

    /** Keeps the files on the ticket's message, in the door's transaction. */
    void keep(Ticket ticket, UUID messageId, List<ReceivedMail.Attachment> files);
}
