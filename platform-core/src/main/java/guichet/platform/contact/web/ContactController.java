package guichet.platform.contact.web;

import guichet.platform.contact.ContactDesk;
import guichet.platform.contact.ContactMessage;
import guichet.platform.contact.ContactRejected;
import guichet.platform.contact.Screenshot;
import guichet.platform.files.BlobResponses;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageLinks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Contacter l'administrateur », linked from every page's footer: the form (the page it was opened from carried in
 * {@code from}), the user's own messages and each one's thread, where he reads the answers and writes again.
 */
@Controller
@RequiresPermission(RequiresPermission.SIGNED_IN)
class ContactController {

    static final String FORM = "platform/contact/form";
    static final String MINE = "platform/contact/mine";
    static final String MESSAGE = "platform/contact/message";
    private static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "subject", "status");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final ContactDesk desk;
    private final CurrentUser currentUser;
    private final BlobResponses files;

    ContactController(ContactDesk desk, CurrentUser currentUser, BlobResponses files) {
        this.desk = desk;
        this.currentUser = currentUser;
        this.files = files;
    }

    @GetMapping("/contact")
    String form(@RequestParam(required = false) @Nullable String from, Model model) {
        model.addAttribute("form", ContactForm.from(from));
        return FORM;
    }

    @PostMapping("/contact")
    String send(
            @ModelAttribute("form") ContactForm form,
            BindingResult errors,
            @RequestParam(name = "screenshot", required = false) @Nullable MultipartFile screenshot,
            Model model,
            RedirectAttributes flash) {
        form.validate(errors);
        if (errors.hasErrors()) {
            return FORM;
        }
        try (InputStream content = screenshot == null || screenshot.isEmpty() ? null : screenshot.getInputStream()) {
            ContactMessage sent = desk.send(
                    currentUser.require(),
                    form.toMessage(),
                    content == null ? null : new Screenshot(screenshot.getOriginalFilename(), content));
            flash.addFlashAttribute("notice", "contact.sent");
            return "redirect:/contact/messages/" + sent.id();
        } catch (ContactRejected rejected) {
            model.addAttribute("problem", rejected.messageKey());
            return FORM;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/contact/messages")
    String mine(ListQuery query, Model model) {
        Page<ContactMessage> shown = desk.mine(currentUser.require(), query.pageable(SORTABLE, NEWEST_FIRST));
        model.addAttribute("messages", shown);
        model.addAttribute("links", PageLinks.of("/contact/messages", shown));
        return MINE;
    }

    @GetMapping("/contact/messages/{id}")
    String message(@PathVariable UUID id, Model model) {
        ContactMessage message = his(id);
        model.addAttribute("message", message);
        model.addAttribute("replies", desk.thread(message, false));
        return MESSAGE;
    }

    @PostMapping("/contact/messages/{id}/replies")
    String followUp(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String body,
            Model model,
            RedirectAttributes flash) {
        ContactMessage message = his(id);
        try {
            desk.followUp(currentUser.require(), message, body);
        } catch (ContactRejected rejected) {
            model.addAttribute("problem", rejected.messageKey());
            model.addAttribute("typed", body);
            return message(id, model);
        }
        flash.addFlashAttribute("notice", "contact.follow-up.sent");
        return "redirect:/contact/messages/" + id;
    }

    @GetMapping("/contact/messages/{id}/screenshot")
    ResponseEntity<Resource> screenshot(@PathVariable UUID id) {
        ContactMessage message = his(id);
        return files.serve(
                message.screenshot().orElseThrow(() -> new NotFound("Screenshot")), message.screenshotName());
    }

    /** One of the signed-in user's messages; anyone else's is not found, as if it did not exist. */
    private ContactMessage his(UUID id) {
        return desk.his(currentUser.require(), id).orElseThrow(() -> new NotFound("Contact message"));
    }
}
