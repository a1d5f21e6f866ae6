package guichet.quotes.request;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.identity.Role;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import guichet.platform.notifications.Notification;
import guichet.platform.notifications.NotificationKind;
import guichet.platform.notifications.NotificationKind.Audience;
import guichet.platform.notifications.Notifications;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Tells the people of a quote request what happened, by e-mail and on the platform as each chose: staff of a new
 * request (the customer's sales representative, else the sellers), the customer and staff of a confirmed slot, and
 * both again the day before. Written in the change's transaction.
 */
@Component
class RequestNotices {

    static final String RECEIVED = "quotes.request-received";
    static final String CONFIRMED = "quotes.appointment-confirmed";
    static final String REMINDER = "quotes.appointment-reminder";

    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications notifications;
    private final Users users;
    private final Customers customers;
    private final CurrentTenant tenant;

    RequestNotices(Notifications notifications, Users users, Customers customers, CurrentTenant tenant) {
        this.notifications = notifications;
        this.users = users;
        this.customers = customers;
        this.tenant = tenant;
    }

    @Bean
    static NotificationKind quotesRequestReceivedKind() {
        return new NotificationKind(RECEIVED, "notification.kind." + RECEIVED, Audience.STAFF, false, true);
    }

    @Bean
    static NotificationKind quotesAppointmentConfirmedKind() {
        return new NotificationKind(CONFIRMED, "notification.kind." + CONFIRMED, Audience.ALL, true, true);
    }

    @Bean
    static NotificationKind quotesAppointmentReminderKind() {
        return new NotificationKind(REMINDER, "notification.kind." + REMINDER, Audience.ALL, true, true);
    }

    void received(QuoteRequest request) {
        Set<UserId> staff = new LinkedHashSet<>();
        salesRep(request.customer())
                .ifPresentOrElse(
                        staff::add,
                        () -> users.findActiveWithRole(Role.SELLER.id()).stream()
                                .map(User::id)
                                .forEach(staff::add));
        staff.remove(request.createdBy());
        notifications.send(staff.stream()
                .map(user -> Notification.of(RECEIVED, Notification.Recipient.user(user))
                        .message(
                                "quotes.mail.requested.subject",
                                "quotes.mail.requested.body",
                                request.number(),
                                customerName(request.customer()))
                        .link(staffPath(request))
                        .thread(request.number())
                        .build())
                .toList());
    }

    void confirmed(QuoteRequest request, String site) {
        tell(request, CONFIRMED, "quotes.mail.confirmed.subject", "quotes.mail.confirmed.body", site);
    }

    void reminder(QuoteRequest request, String site) {
        tell(request, REMINDER, "quotes.mail.reminder.subject", "quotes.mail.reminder.body", site);
    }

    /** The customer's accounts (to his portal) and the staff who confirmed and his sales representative. */
    private void tell(QuoteRequest request, String kind, String subject, String body, String site) {
        String slot = SLOT.format(Objects.requireNonNull(request.slotAt()).atZone(tenant.zoneId()));
        int how = request.appointment().orElse(Appointment.CALL) == Appointment.VISIT ? 0 : 1;
        Set<UserId> staff = new LinkedHashSet<>();
        request.slotConfirmedBy().ifPresent(staff::add);
        salesRep(request.customer()).ifPresent(staff::add);
        List<Notification> all = new java.util.ArrayList<>();
        users.findByCustomerId(request.customer().value()).stream()
                .filter(User::active)
                .forEach(account -> all.add(notice(kind, account.id(), subject, body, request, slot, how, site)
                        .link("/quotes/my")
                        .build()));
        staff.forEach(user -> all.add(notice(kind, user, subject, body, request, slot, how, site)
                .link(staffPath(request))
                .build()));
        notifications.send(all);
    }

    private static Notification.Builder notice(
            String kind,
            UserId user,
            String subject,
            String body,
            QuoteRequest request,
            String slot,
            int how,
            String site) {
        return Notification.of(kind, Notification.Recipient.user(user))
                .message(subject, body, request.number(), slot, how, site)
                .thread(request.number());
    }

    private java.util.Optional<UserId> salesRep(CustomerId customer) {
        return customers.find(customer).flatMap(Customer::salesRep);
    }

    private String customerName(CustomerId customer) {
        return customers.find(customer).map(Customer::displayName).orElse("");
    }

    static String staffPath(QuoteRequest request) {
        return "/quotes/requests/" + request.number();
    }
}
