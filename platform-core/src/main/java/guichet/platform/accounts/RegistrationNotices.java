package guichet.platform.accounts;

import guichet.platform.customers.Customers;
import guichet.platform.history.InteractionLog;
import guichet.platform.identity.Role;
import guichet.platform.identity.keycloak.RealmUsers;
import guichet.platform.identity.keycloak.TenantRealms;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.users.CustomerRegistered;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the tenant's administrators of each customer who registers himself (seed 002, module 1), and writes it in the
 * history. Runs after the registration commits, from the event publication registry: if the mail server is down, the
 * notice is sent when the publication is resubmitted, never lost.
 */
@Component
class RegistrationNotices {

    private final RealmUsers realm;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final CurrentTenant tenant;
    private final TenantRealms realms;
    private final Customers customers;
    private final InteractionLog history;

    RegistrationNotices(
            RealmUsers realm,
            JavaMailSender mail,
            MessageSource messages,
            CurrentTenant tenant,
            TenantRealms realms,
            Customers customers,
            InteractionLog history) {
        this.realm = realm;
        this.mail = mail;
        this.messages = messages;
        this.tenant = tenant;
        this.realms = realms;
        this.customers = customers;
        this.history = history;
    }

    @ApplicationModuleListener
    void on(CustomerRegistered event) {
        TenantProfile profile = tenant.profile();
        Locale locale = profile.defaultLocale();
        String number =
                customers.find(event.prospect()).map(c -> c.number().value()).orElse("?");
        List<String> administrators = realm.emailsOf(profile.slug(), Role.TENANT_ADMIN);
        if (!administrators.isEmpty()) {
            SimpleMailMessage notice = new SimpleMailMessage();
            notice.setFrom(realms.mailFrom(profile));
            notice.setTo(administrators.toArray(String[]::new));
            notice.setSubject(
                    messages.getMessage("mail.registration.subject", new Object[] {event.displayName()}, locale));
            notice.setText(messages.getMessage(
                    "mail.registration.body",
                    new Object[] {event.displayName(), event.email(), profile.displayName(), number},
                    locale));
            mail.send(notice);
        }
        history.recordFor(
                event.email(),
                "CUSTOMER_REGISTERED",
                "customer",
                event.prospect().toString(),
                number);
    }
}
