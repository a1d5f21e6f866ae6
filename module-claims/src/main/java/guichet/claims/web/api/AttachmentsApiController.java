package guichet.claims.web.api;

import guichet.claims.ClaimsModule;
import guichet.claims.TicketAccess;
import guichet.claims.TicketRejected;
import guichet.claims.attachments.Attachment;
import guichet.claims.attachments.Attachments;
import guichet.claims.desk.Claim;
import guichet.claims.web.Uploads;
import guichet.platform.files.BlobResponses;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A ticket's attachments through the API: listed, downloaded and uploaded ({@code multipart/form-data}, one or more
 * {@code files} parts), by the staff (hidden ones too, and hidden uploads) and by the customer on his own tickets
 * (never a hidden one). Out of reach is not found, as on the pages.
 */
@RestController
@Tag(name = "Claims attachments", description = "Files attached to tickets")
class AttachmentsApiController {

    /** An attachment as the API shows it; {@code messageId} null when it was attached to the ticket itself. */
    record AttachmentResponse(
            UUID id,
            UUID messageId,
            String filename,
            String mediaType,
            long size,
            String sha256,
            boolean hidden,
            Instant uploadedAt) {

        static AttachmentResponse of(Attachment a) {
            return new AttachmentResponse(
                    a.id(),
                    a.message().orElse(null),
                    a.filename(),
                    a.mediaType(),
                    a.size(),
                    a.sha256(),
                    a.hidden(),
                    a.uploadedAt());
        }
    }

    private final TicketAccess access;
    private final Attachments attachments;
    private final BlobResponses blobs;
    private final CurrentUser currentUser;
    private final Uploads uploads;

    AttachmentsApiController(
            TicketAccess access,
            Attachments attachments,
            BlobResponses blobs,
            CurrentUser currentUser,
            Uploads uploads) {
        this.access = access;
        this.attachments = attachments;
        this.blobs = blobs;
        this.currentUser = currentUser;
        this.uploads = uploads;
    }

    @GetMapping("/api/claims/{number}/attachments")
    @RequiresPermission(ClaimsModule.VIEW)
    @Operation(summary = "A ticket's attachments, hidden ones included")
    List<AttachmentResponse> staffList(@PathVariable String number) {
        return list(number, true);
    }

    @GetMapping("/api/claims/{number}/attachments/{id}")
    @RequiresPermission(ClaimsModule.VIEW)
    @Operation(summary = "An attachment's content")
    ResponseEntity<Resource> staffFile(@PathVariable String number, @PathVariable UUID id) {
        return file(number, id, true);
    }

    @PostMapping(path = "/api/claims/{number}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresPermission(ClaimsModule.REPLY)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attaches files to a ticket; hidden ones only the staff see")
    List<AttachmentResponse> staffUpload(
            @PathVariable String number,
            @RequestParam("files") List<MultipartFile> files,
            @RequestParam(defaultValue = "false") boolean hidden) {
        return upload(number, files, hidden);
    }

    @GetMapping("/api/claims/my/{number}/attachments")
    @RequiresPermission(CorePermissions.PORTAL_ACCESS)
    @Operation(summary = "The attachments of one of the customer's tickets")
    List<AttachmentResponse> portalList(@PathVariable String number) {
        return list(number, false);
    }

    @GetMapping("/api/claims/my/{number}/attachments/{id}")
    @RequiresPermission(CorePermissions.PORTAL_ACCESS)
    @Operation(summary = "An attachment's content")
    ResponseEntity<Resource> portalFile(@PathVariable String number, @PathVariable UUID id) {
        return file(number, id, false);
    }

    @PostMapping(path = "/api/claims/my/{number}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresPermission(CorePermissions.PORTAL_ACCESS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attaches files to one of the customer's tickets")
    List<AttachmentResponse> portalUpload(
            @PathVariable String number, @RequestParam("files") List<MultipartFile> files) {
        return upload(number, files, false);
    }

    private List<AttachmentResponse> list(String number, boolean staff) {
        Claim ticket = access.require(number, currentUser.require());
        return attachments.of(ticket.id().value(), staff).stream()
                .map(AttachmentResponse::of)
                .toList();
    }

    private ResponseEntity<Resource> file(String number, UUID id, boolean staff) {
        Claim ticket = access.require(number, currentUser.require());
        Attachment attachment =
                attachments.find(ticket.id().value(), id, staff).orElseThrow(() -> new NotFound("Attachment"));
        return blobs.serve(attachment.blob(), attachment.filename());
    }

    private List<AttachmentResponse> upload(String number, List<MultipartFile> files, boolean hidden) {
        GuichetUser user = currentUser.require();
        Claim ticket = access.require(number, user);
        List<MultipartFile> chosen = files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            throw new TicketRejected("claims.attachments.error.none");
        }
        return uploads.together(() -> uploads.attach(ticket, null, chosen, hidden, user.id())).stream()
                .map(AttachmentResponse::of)
                .toList();
    }
}
