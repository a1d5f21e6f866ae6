package guichet.platform.notifications.web;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.notifications.InAppNotification;
import guichet.platform.notifications.Inbox;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageLinks;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's notifications, newest first, and marking them read: plain forms that redirect back, or, from
 * HTMX, the list redrawn in place with the bell's new count.
 */
@Controller
@RequiresPermission(RequiresPermission.SIGNED_IN)
class NotificationsController {

    static final String VIEW = "platform/notifications";
    static final String RESULTS = VIEW + " :: results";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final Inbox inbox;
    private final CurrentUser currentUser;

    NotificationsController(Inbox inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @GetMapping("/notifications")
    String list(ListQuery query, Model model) {
        return show(currentUser.require(), query, model);
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes flash) {
        GuichetUser me = currentUser.require();
        if (inbox.markRead(me.id(), id).isEmpty()) {
            throw new NotFound("Notification");
        }
        return answer(me, page, htmx != null, "notifications.read.done", model, flash);
    }

    @PostMapping("/notifications/read-all")
    String markAllRead(
            @RequestParam(required = false) @Nullable Integer page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes flash) {
        GuichetUser me = currentUser.require();
        inbox.markAllRead(me.id());
        return answer(me, page, htmx != null, "notifications.read.all.done", model, flash);
    }

    private String answer(
            GuichetUser me, @Nullable Integer page, boolean htmx, String done, Model model, RedirectAttributes flash) {
        if (htmx) {
            model.addAttribute("htmx", true);
            model.addAttribute("done", done);
            show(me, new ListQuery(page, null, null, null), model);
            return RESULTS;
        }
        flash.addFlashAttribute("notice", done);
        return page == null || page <= 0 ? "redirect:/notifications" : "redirect:/notifications?page=" + page;
    }

    private String show(GuichetUser me, ListQuery query, Model model) {
        Page<InAppNotification> shown = inbox.of(me.id(), query.pageable(Set.of(), NEWEST_FIRST));
        model.addAttribute("notifications", shown);
        model.addAttribute("links", PageLinks.of("/notifications", shown));
        model.addAttribute("unread", inbox.unreadCount(me.id()));
        return VIEW;
    }
}
