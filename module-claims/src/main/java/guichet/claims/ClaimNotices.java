package guichet.claims;

import guichet.claims.desk.Claim;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.ids.UserId;
import guichet.platform.notifications.Notification;
import guichet.platform.notifications.NotificationKind;
import guichet.platform.notifications.NotificationKind.Audience;
import guichet.platform.notifications.Notifications;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Every notification the claims module sends (point 8 of the issue), by e-mail and on the platform through platform
 * core's outbox, in the caller's transaction: to the customer on creation, status change and staff reply (seed 003),
 * with the satisfaction question when his ticket is resolved or closed; to the staff on a new ticket (seed 001),
 * assignment, mention, reminder and SLA warning. Mails carry the ticket number in their subject and as their thread,
 * so that replies can be traced back; the actor is never told of his own action.
 */
@Component
class ClaimNotices {

    static final String OPENED = "claims.ticket-opened";
    static final String STATUS_CHANGED = "claims.status-changed";
    static final String STAFF_REPLIED = "claims.staff-replied";
    static final String NEW_TICKET = "claims.new-ticket";
    static final String ASSIGNED = "claims.assigned";
    static final String MENTIONED = "claims.mentioned";
    static final String REMINDER = "claims.reminder";
    static final String SLA_WARNING = "claims.sla-warning";

    private final Notifications notifications;
    private final Users users;
    private final Customers customers;

    ClaimNotices(Notifications notifications, Users users, Customers customers) {
        this.notifications = notifications;
        this.users = users;
        this.customers = customers;
    }

    @Bean
    static NotificationKind claimsTicketOpenedKind() {
        return new NotificationKind(OPENED, "notification.kind." + OPENED, Audience.CUSTOMER, true, true);
    }

    @Bean
    static NotificationKind claimsStatusChangedKind() {
        return new NotificationKind(
                STATUS_CHANGED, "notification.kind." + STATUS_CHANGED, Audience.CUSTOMER, true, true);
    }

    @Bean
    static NotificationKind claimsStaffRepliedKind() {
        return new NotificationKind(STAFF_REPLIED, "notification.kind." + STAFF_REPLIED, Audience.CUSTOMER, true, true);
    }

    @Bean
    static NotificationKind claimsNewTicketKind() {
        return new NotificationKind(NEW_TICKET, "notification.kind." + NEW_TICKET, Audience.STAFF, true, true);
    }

    @Bean
    static NotificationKind claimsAssignedKind() {
        return new NotificationKind(ASSIGNED, "notification.kind." + ASSIGNED, Audience.STAFF, true, true);
    }

    @Bean
    static NotificationKind claimsMentionedKind() {
        return new NotificationKind(MENTIONED, "notification.kind." + MENTIONED, Audience.STAFF, true, true);
    }

    @Bean
    static NotificationKind claimsReminderKind() {
        return new NotificationKind(REMINDER, "notification.kind." + REMINDER, Audience.STAFF, true, true);
    }

    @Bean
    static NotificationKind claimsSlaWarningKind() {
        return new NotificationKind(SLA_WARNING, "notification.kind." + SLA_WARNING, Audience.STAFF, true, true);
    }

    /**
     * To the customer: his ticket was opened (seed 003: « validation de création d'un ticket »), even when he opened it
     * himself in his portal: the confirmation is for him.
     */
    void opened(Claim ticket) {
        toCustomer(ticket, OPENED, "claims.mail.opened", "/claims/my/" + ticket.number(), null);
    }

    /** To the staff: a new ticket came in (seed 001) — administrators, agents and the customer's sales rep. */
    void newTicket(Claim ticket, Actor by) {
        Set<UserId> staff = new LinkedHashSet<>();
        users.findActiveWithRole(Role.TENANT_ADMIN.id()).forEach(u -> staff.add(u.id()));
        users.findActiveWithRole(Role.AGENT.id()).forEach(u -> staff.add(u.id()));
        ticket.customer().flatMap(customers::find).flatMap(Customer::salesRep).ifPresent(staff::add);
        toStaff(ticket, NEW_TICKET, "claims.mail.new", staff, by);
    }

    /** To the customer: his ticket changed status; resolved or closed, he is asked to rate the service. */
    void statusChanged(Claim ticket, String statusLabel, boolean askRating, Actor by) {
        String key = askRating ? "claims.mail.done" : "claims.mail.status";
        String link = askRating ? "/claims/my/" + ticket.number() + "#rating" : "/claims/my/" + ticket.number();
        toCustomer(ticket, STATUS_CHANGED, key, link, by.user(), statusLabel);
    }

    /** To the customer: the staff answered (seed 003: « réponse apportée par technicien/commercial »). */
    void staffReplied(Claim ticket, String body, Actor by) {
        toCustomer(ticket, STAFF_REPLIED, "claims.mail.replied", by, by.name(), body);
    }

    void assigned(Claim ticket, Collection<UserId> staff, Actor by) {
        toStaff(ticket, ASSIGNED, "claims.mail.assigned", staff, by, by.name());
    }

    void mentioned(Claim ticket, Collection<UserId> staff, Actor by) {
        toStaff(ticket, MENTIONED, "claims.mail.mentioned", staff, by, by.name());
    }

    void reminder(Claim ticket, UserId to, @Nullable String note) {
        toStaff(ticket, REMINDER, "claims.mail.reminder", List.of(to), Actor.system(), note == null ? "" : note);
    }

    /** To the assignees, or the administrators of an unassigned ticket: its resolution deadline is near. */
    void slaWarning(Claim ticket) {
        Collection<UserId> staff = ticket.assignees().isEmpty()
                ? users.findActiveWithRole(Role.TENANT_ADMIN.id()).stream()
                        .map(User::id)
                        .toList()
                : ticket.assignees();
        toStaff(ticket, SLA_WARNING, "claims.mail.sla", staff, Actor.system());
    }

    private void toCustomer(Claim ticket, String kind, String key, Actor by, Object... more) {
        toCustomer(ticket, kind, key, "/claims/my/" + ticket.number(), by.user(), more);
    }

    /**
     * His accounts if he has some (but {@code except}, the one who did what is told, if any), else the address the
     * ticket came from or the customer's own.
     */
    private void toCustomer(
            Claim ticket, String kind, String key, String link, @Nullable UserId except, Object... more) {
        Optional<Customer> customer = ticket.customer().flatMap(customers::find);
        List<User> accounts = customer.map(c -> users.findByCustomerId(c.id().value())).orElse(List.of()).stream()
                .filter(User::active)
                .filter(u -> !u.id().equals(except))
                .toList();
        if (!accounts.isEmpty()) {
            notifications.send(accounts.stream()
                    .map(account ->
                            notification(ticket, kind, key, Notification.Recipient.user(account.id()), link, more))
                    .toList());
            return;
        }
        Optional<String> address =
                ticket.authorEmail().or(() -> customer.map(Customer::email).filter(e -> !e.isBlank()));
        if (address.isPresent()) {
            String name = ticket.authorName()
                    .or(() -> customer.map(Customer::displayName))
                    .orElse("");
            notifications.send(notification(
                    ticket, kind, key, Notification.Recipient.address(address.get(), name, null), null, more));
        }
    }

    /** One notification per member of the staff but the actor, sent together (their cost does not grow with them). */
    private void toStaff(Claim ticket, String kind, String key, Collection<UserId> staff, Actor by, Object... more) {
        notifications.send(new LinkedHashSet<>(staff)
                .stream()
                        .filter(user -> !user.equals(by.user()))
                        .map(user -> notification(
                                ticket,
                                kind,
                                key,
                                Notification.Recipient.user(user),
                                "/claims/" + ticket.number(),
                                more))
                        .toList());
    }

    private static Notification notification(
            Claim ticket,
            String kind,
            String key,
            Notification.Recipient recipient,
            @Nullable String link,
            Object... more) {
        Object[] arguments = new Object[2 + more.length];
        arguments[0] = ticket.number();
        arguments[1] = ticket.title();
        System.arraycopy(more, 0, arguments, 2, more.length);
        Notification.Builder notification = Notification.of(kind, recipient)
                .message(key + ".subject", key + ".body", arguments)
                .thread(ticket.number());
        if (link != null) {
            notification.link(link);
        }
        return notification.build();
    }
}
