package guichet.quotes.quote;

import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.ids.UserId;
import guichet.platform.notifications.Notification;
import guichet.platform.notifications.NotificationKind;
import guichet.platform.notifications.NotificationKind.Audience;
import guichet.platform.notifications.Notifications;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Tells the customer, by e-mail and on the platform as he chose, that a revision of his quote was sent, and the staff
 * (who made the quote, and the customer's sales representative) that he accepted or refused it. Written in the
 * change's transaction.
 */
@Component
class QuoteNotices {

    static final String SENT = "quotes.quote-sent";
    static final String DECIDED = "quotes.quote-decided";

    private final Notifications notifications;
    private final Users users;
    private final Customers customers;

    QuoteNotices(Notifications notifications, Users users, Customers customers) {
        this.notifications = notifications;
        this.users = users;
        this.customers = customers;
    }

    @Bean
    static NotificationKind quotesQuoteSentKind() {
        return new NotificationKind(SENT, "notification.kind." + SENT, Audience.CUSTOMER, true, true);
    }

    @Bean
    static NotificationKind quotesQuoteDecidedKind() {
        return new NotificationKind(DECIDED, "notification.kind." + DECIDED, Audience.STAFF, true, true);
    }

    void sent(Quote quote) {
        notifications.send(users.findByCustomerId(quote.customer().value()).stream()
                .filter(User::active)
                .map(account -> Notification.of(SENT, Notification.Recipient.user(account.id()))
                        .message("quotes.mail.sent.subject", "quotes.mail.sent.body", quote.number(), quote.revision())
                        .link("/quotes/my/" + quote.number())
                        .thread(quote.number())
                        .build())
                .toList());
    }

    void decided(Quote quote, boolean accepted, UserId by) {
        Set<UserId> staff = new LinkedHashSet<>();
        staff.add(quote.createdBy());
        customers.find(quote.customer()).flatMap(Customer::salesRep).ifPresent(staff::add);
        staff.remove(by);
        String customer =
                customers.find(quote.customer()).map(Customer::displayName).orElse("");
        notifications.send(staff.stream()
                .map(user -> Notification.of(DECIDED, Notification.Recipient.user(user))
                        .message(
                                "quotes.mail.decided.subject",
                                "quotes.mail.decided.body",
                                quote.number(),
                                quote.sentRevision().orElse(quote.revision()),
                                accepted ? 1 : 0,
                                customer)
                        .link("/quotes/" + quote.number())
                        .thread(quote.number())
                        .build())
                .toList());
    }
}
