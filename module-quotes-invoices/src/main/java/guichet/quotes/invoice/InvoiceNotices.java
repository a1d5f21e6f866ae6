package guichet.quotes.invoice;

import guichet.platform.notifications.Notification;
import guichet.platform.notifications.Notifications;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the customer's accounts that an invoice or a credit note was issued to them, by e-mail and on the platform
 * (as each one's preferences say), with a link to « Mes factures »; sent in the issuing transaction, so an issue that
 * fails sends nothing.
 */
@Component
public class InvoiceNotices {

    /** The kind of notification a customer gets when an invoice of his is issued. */
    public static final String ISSUED = "quotes.invoice-issued";

    private final Invoices invoices;
    private final Users users;
    private final Notifications notifications;

    InvoiceNotices(Invoices invoices, Users users, Notifications notifications) {
        this.invoices = invoices;
        this.users = users;
        this.notifications = notifications;
    }

    @EventListener
    void on(InvoiceIssued issued) {
        Invoice invoice = invoices.findById(issued.invoice()).orElseThrow();
        String key = invoice.kind() == InvoiceKind.CREDIT_NOTE
                ? "invoices.notification.creditNote"
                : "invoices.notification.issued";
        notifications.send(users.findByCustomerId(invoice.customer().value()).stream()
                .filter(User::active)
                .map(account -> Notification.of(ISSUED, Notification.Recipient.user(account.id()))
                        .message(
                                key + ".subject",
                                key + ".body",
                                issued.number(),
                                invoice.gross().toString())
                        .link("/quotes/my/invoices")
                        .build())
                .toList());
    }
}
