package guichet.platform.contact.web;

import guichet.platform.contact.ContactDesk;
import guichet.platform.contact.ContactMessage;
import guichet.platform.contact.ContactRejected;
import guichet.platform.files.BlobResponses;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageLinks;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrators' inbox of what the tenant's users wrote them: filtered by status and kind, sorted by any column,
 * each message's thread with its page and screenshot, answered, closed or passed on to the platform owner.
 */
@Controller
@RequiresPermission(CorePermissions.CONTACT_ANSWER)
class InboxController {

    static final String INBOX = "platform/contact/inbox";
    static final String MESSAGE = "platform/contact/inbox-message";
    private static final Set<String> SORTABLE = Set.of("updatedAt", "createdAt", "subject", "authorName", "status");
    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final ContactDesk desk;
    private final CurrentUser currentUser;
    private final BlobResponses files;

    InboxController(ContactDesk desk, CurrentUser currentUser, BlobResponses files) {
        this.desk = desk;
        this.currentUser = currentUser;
        this.files = files;
    }

    @GetMapping("/admin/contact")
    String inbox(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String kind,
            ListQuery query,
            Model model) {
        ContactMessage.Status shownStatus = known(ContactMessage.Status.values(), status);
        ContactMessage.Kind shownKind = known(ContactMessage.Kind.values(), kind);
        Page<ContactMessage> shown = desk.inbox(shownStatus, shownKind, query.pageable(SORTABLE, LATEST_FIRST));
        String base = UriComponentsBuilder.fromPath("/admin/contact")
                .queryParamIfPresent("status", Optional.ofNullable(shownStatus).map(Enum::name))
                .queryParamIfPresent("kind", Optional.ofNullable(shownKind).map(Enum::name))
                .build()
                .toUriString();
        model.addAttribute("messages", shown);
        model.addAttribute("links", PageLinks.of(base, shown));
        model.addAttribute("status", shownStatus == null ? "" : shownStatus.name());
        model.addAttribute("kind", shownKind == null ? "" : shownKind.name());
        model.addAttribute("statuses", ContactMessage.Status.values());
        model.addAttribute("kinds", ContactMessage.Kind.values());
        return INBOX;
    }

    @GetMapping("/admin/contact/{id}")
    String message(@PathVariable UUID id, Model model) {
        ContactMessage message = find(id);
        model.addAttribute("message", message);
        model.addAttribute("replies", desk.thread(message, true));
        return MESSAGE;
    }

    @GetMapping("/admin/contact/{id}/screenshot")
    ResponseEntity<Resource> screenshot(@PathVariable UUID id) {
        ContactMessage message = find(id);
        return files.serve(
                message.screenshot().orElseThrow(() -> new NotFound("Screenshot")), message.screenshotName());
    }

    @PostMapping("/admin/contact/{id}/answer")
    String answer(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String body,
            Model model,
            RedirectAttributes flash) {
        ContactMessage message = find(id);
        try {
            desk.answer(currentUser.require(), message, body);
        } catch (ContactRejected rejected) {
            return refused(id, rejected, "typed", body, model);
        }
        flash.addFlashAttribute("notice", "contact.answer.sent");
        return "redirect:/admin/contact/" + id;
    }

    @PostMapping("/admin/contact/{id}/close")
    String close(@PathVariable UUID id, RedirectAttributes flash) {
        desk.close(find(id));
        flash.addFlashAttribute("notice", "contact.closed");
        return "redirect:/admin/contact/" + id;
    }

    @PostMapping("/admin/contact/{id}/pass-on")
    String passOn(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String note,
            Model model,
            RedirectAttributes flash) {
        ContactMessage message = find(id);
        try {
            desk.passOn(currentUser.require(), message, note);
        } catch (ContactRejected rejected) {
            return refused(id, rejected, "typedNote", note == null ? "" : note, model);
        }
        flash.addFlashAttribute("notice", "contact.passed-on");
        return "redirect:/admin/contact/" + id;
    }

    /** The message's page again, with why and what was typed. */
    private String refused(UUID id, ContactRejected rejected, String field, String typed, Model model) {
        model.addAttribute("problem", rejected.messageKey());
        model.addAttribute(field, typed);
        return message(id, model);
    }

    private ContactMessage find(UUID id) {
        return desk.find(id).orElseThrow(() -> new NotFound("Contact message"));
    }

    private static <E extends Enum<E>> @Nullable E known(E[] values, @Nullable String name) {
        return Arrays.stream(values)
                .filter(v -> v.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
