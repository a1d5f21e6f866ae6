package guichet.platform.notifications.web.api;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.notifications.InAppNotification;
import guichet.platform.notifications.Inbox;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageResponse;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's in-app notifications, newest first, and marking one read. */
@RestController
@RequiresPermission(RequiresPermission.SIGNED_IN)
class NotificationsApiController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final Inbox inbox;
    private final CurrentUser currentUser;

    NotificationsApiController(Inbox inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/notifications")
    PageResponse<NotificationResponse> list(ListQuery query) {
        GuichetUser me = currentUser.require();
        return PageResponse.of(inbox.of(me.id(), query.pageable(Set.of(), NEWEST_FIRST)), NotificationResponse::of);
    }

    @PostMapping("/api/notifications/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(@PathVariable UUID id) {
        if (inbox.markRead(currentUser.require().id(), id).isEmpty()) {
            throw new NotFound("Notification");
        }
    }

    /**
     * One notification.
     *
     * @param id its id
     * @param kind the id of its kind, such as {@code claims.ticket-replied}
     * @param title its title, in the language it was sent in
     * @param body its text
     * @param link the path on the tenant's host it leads to, if any
     * @param createdAt when it was sent
     * @param readAt when the user marked it read, if he did
     */
    record NotificationResponse(
            UUID id,
            String kind,
            String title,
            String body,
            @Nullable String link,
            Instant createdAt,
            @Nullable Instant readAt) {

        static NotificationResponse of(InAppNotification notification) {
            return new NotificationResponse(
                    notification.id(),
                    notification.kind(),
                    notification.title(),
                    notification.body(),
                    notification.link().orElse(null),
                    notification.createdAt(),
                    notification.readAt().orElse(null));
        }
    }
}
