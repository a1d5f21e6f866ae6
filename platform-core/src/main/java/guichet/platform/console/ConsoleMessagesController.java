package guichet.platform.console;

import guichet.platform.contact.ContactRejected;
import guichet.platform.contact.OwnerDesk;
import guichet.platform.contact.PassedOnMessage;
import guichet.platform.web.ConsoleEndpoint;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageLinks;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The messages tenants' administrators passed on to the platform owner (issue 22), across tenants, each with its
 * tenant; the owner answers from here, and his answer goes back to the tenant's administrators and its thread.
 */
@Controller
@ConsoleEndpoint
class ConsoleMessagesController {

    static final String LIST = "console/messages";
    static final String DETAIL = "console/message";
    private static final Set<String> SORTABLE = Set.of("passedAt", "tenantSlug", "subject", "answeredAt");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("passedAt"), Sort.Order.desc("id"));

    private final OwnerDesk desk;

    ConsoleMessagesController(OwnerDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/messages")
    String list(@RequestParam(defaultValue = "false") boolean waiting, ListQuery query, Model model) {
        Page<PassedOnMessage> shown = desk.list(waiting, query.pageable(SORTABLE, NEWEST_FIRST));
        model.addAttribute("messages", shown);
        model.addAttribute("waiting", waiting);
        model.addAttribute("links", PageLinks.of(waiting ? "/messages?waiting=true" : "/messages", shown));
        return LIST;
    }

    @GetMapping("/messages/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("message", find(id));
        return DETAIL;
    }

    @PostMapping("/messages/{id}/answer")
    String answer(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String body,
            Model model,
            RedirectAttributes flash) {
        PassedOnMessage message = find(id);
        try {
            desk.answer(message, body, owner());
        } catch (ContactRejected rejected) {
            model.addAttribute("problem", rejected.messageKey());
            model.addAttribute("typed", body);
            return detail(id, model);
        }
        flash.addFlashAttribute("notice", "console.messages.answered");
        return "redirect:/messages/" + id;
    }

    private PassedOnMessage find(UUID id) {
        return desk.find(id).orElseThrow(() -> new NotFound("Message passed on"));
    }

    /** The platform owner's address, as his realm's token gives it. */
    private static String owner() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken token) {
            Object email = token.getPrincipal().getAttribute("email");
            if (email != null) {
                return email.toString();
            }
        }
        return "owner";
    }
}
