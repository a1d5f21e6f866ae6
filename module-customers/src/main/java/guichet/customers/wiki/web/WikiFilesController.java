package guichet.customers.wiki.web;

import guichet.customers.CustomersModule;
import guichet.customers.wiki.Wiki;
import guichet.customers.wiki.WikiAttachment;
import guichet.platform.files.BlobResponses;
import guichet.platform.files.BlobTooLarge;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Files attached to wiki pages: added by staff who may change the page, served to staff who may see its customer and
 * to the customer when the page is shared with him; anything else is not found, like a file that does not exist.
 */
@Controller
class WikiFilesController {

    private final Wiki wiki;
    private final BlobResponses responses;

    WikiFilesController(Wiki wiki, BlobResponses responses) {
        this.wiki = wiki;
        this.responses = responses;
    }

    @PostMapping("/customers/{id}/wiki/{page}/files")
    @RequiresPermission(CustomersModule.EDIT)
    String attach(
            @PathVariable UUID id,
            @PathVariable UUID page,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes flash) {
        String back = "redirect:/customers/" + id + "/wiki/" + page + "#files";
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("fileProblem", "customers.wiki.file.none");
            return back;
        }
        try (InputStream content = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            wiki.attach(new CustomerId(id), page, content, name);
            flash.addFlashAttribute("notice", "customers.wiki.file.attached");
        } catch (BlobTooLarge tooLarge) {
            flash.addFlashAttribute("fileProblem", "customers.wiki.file.tooLarge");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return back;
    }

    @GetMapping("/customers/{id}/wiki/{page}/files/{file}")
    @RequiresPermission(CustomersModule.VIEW)
    ResponseEntity<Resource> staff(@PathVariable UUID id, @PathVariable UUID page, @PathVariable UUID file) {
        return serve(wiki.attachment(new CustomerId(id), page, file));
    }

    @GetMapping("/customers/mine/wiki/{page}/files/{file}")
    @RequiresPermission(CorePermissions.PORTAL_ACCESS)
    ResponseEntity<Resource> portal(@PathVariable UUID page, @PathVariable UUID file) {
        return serve(wiki.sharedAttachment(page, file));
    }

    private ResponseEntity<Resource> serve(WikiAttachment attachment) {
        return responses.serve(attachment.blob(), attachment.filename());
    }
}
