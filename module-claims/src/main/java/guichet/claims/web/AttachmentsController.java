package guichet.claims.web;

import guichet.claims.ClaimsModule;
import guichet.claims.TicketAccess;
import guichet.claims.attachments.Attachment;
import guichet.claims.attachments.Attachments;
import guichet.claims.desk.Claim;
import guichet.platform.files.BlobResponses;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.NotFound;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A ticket's attachment, served to whoever may see the ticket ({@link TicketAccess}): the staff of the tenant within
 * their customer access, the customer on his own (or, a reseller, his sub-customers') tickets and never a hidden one.
 * Anything else is not found, exactly like an attachment that does not exist. Pictures are shown, the rest downloaded.
 */
@Controller
class AttachmentsController {

    private final TicketAccess access;
    private final Attachments attachments;
    private final BlobResponses blobs;
    private final CurrentUser currentUser;

    AttachmentsController(TicketAccess access, Attachments attachments, BlobResponses blobs, CurrentUser currentUser) {
        this.access = access;
        this.attachments = attachments;
        this.blobs = blobs;
        this.currentUser = currentUser;
    }

    @GetMapping("/claims/{number}/attachments/{id}")
    @RequiresPermission(ClaimsModule.VIEW)
    ResponseEntity<Resource> staff(@PathVariable String number, @PathVariable UUID id) {
        return serve(number, id, true);
    }

    @GetMapping("/claims/my/{number}/attachments/{id}")
    @RequiresPermission(CorePermissions.PORTAL_ACCESS)
    ResponseEntity<Resource> portal(@PathVariable String number, @PathVariable UUID id) {
        return serve(number, id, false);
    }

    private ResponseEntity<Resource> serve(String number, UUID id, boolean staff) {
        Claim ticket = access.require(number, currentUser.require());
        Attachment attachment =
                attachments.find(ticket.id().value(), id, staff).orElseThrow(() -> new NotFound("Attachment"));
        return blobs.serve(attachment.blob(), attachment.filename());
    }
}
