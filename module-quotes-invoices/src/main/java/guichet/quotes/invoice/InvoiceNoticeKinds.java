package guichet.quotes.invoice;

import guichet.platform.notifications.NotificationKind;
import guichet.platform.notifications.NotificationKind.Audience;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notifications invoices send, on the customers' preferences pages. */
@Configuration(proxyBeanMethods = false)
class InvoiceNoticeKinds {

    @Bean
    NotificationKind invoiceIssuedKind() {
        return new NotificationKind(InvoiceNotices.ISSUED, "invoices.notification.kind", Audience.CUSTOMER, true, true);
    }
}
