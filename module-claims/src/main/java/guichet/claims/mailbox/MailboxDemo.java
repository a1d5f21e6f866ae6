package guichet.claims.mailbox;

import guichet.platform.modules.DemoContent;
import guichet.platform.tenancy.TenantProfile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seed 003's e-mail door in the {@code helpdesk} demo: its mailbox is {@code support@helpdesk.demo} on the in-process
 * mail server of the run command, read every minute. Nothing is configured when mail goes to a real server.
 */
@Component
@Order(21)
class MailboxDemo implements DemoContent {

    static final String ADDRESS = "support@helpdesk.demo";

    private final MailboxSettings settings;
    private final Environment environment;

    MailboxDemo(MailboxSettings settings, Environment environment) {
        this.settings = settings;
        this.environment = environment;
    }

    @Override
    public void seed(TenantProfile tenant) {
        Integer imapPort = environment.getProperty("guichet.devstack.imap-port", Integer.class);
        boolean localMailServer = "greenmail".equals(environment.getProperty("guichet.devstack.mail"))
                && "127.0.0.1".equals(environment.getProperty("spring.mail.host"));
        if (!"helpdesk".equals(tenant.slug())
                || !tenant.hasModule("claims")
                || !localMailServer
                || imapPort == null
                || imapPort == 0) {
            return;
        }
        // The in-process server accepts any password; one is stored all the same, encrypted like any other.
        settings.save(
                new MailboxForm("127.0.0.1", imapPort, Mailbox.Security.NONE, ADDRESS, "demo", "INBOX", true, 1, null));
    }
}
