package guichet.claims.mailbox;

import guichet.platform.tickets.Ticket;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The door's attachments while the service desk keeps no files: the files stay in the mailbox (the mail is only
 * flagged read there, never deleted) and the ticket's message names them.
 */
@Component
class MailboxOnlyAttachments implements MailAttachments {

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public void keep(Ticket ticket, UUID messageId, List<ReceivedMail.Attachment> files) {
        throw new UnsupportedOperationException("The service desk keeps no attachments yet");
    }
}
