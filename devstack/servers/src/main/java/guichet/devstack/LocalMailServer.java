package guichet.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The in-process GreenMail server that receives every e-mail when no mail server is configured: SMTP for what Guichet
 * sends, IMAP for reading it back (and, later, for mailboxes Guichet polls). One per JVM.
 */
public final class LocalMailServer {

    private static final Logger log = LoggerFactory.getLogger(LocalMailServer.class);
    private static @Nullable GreenMail server;

    private LocalMailServer() {}

    /** The running server, if this JVM started one. */
    public static synchronized @Nullable GreenMail current() {
        return server;
    }

    static synchronized Map<String, Object> start(ConfigurableEnvironment environment) {
        if (server == null) {
            int smtp = portOrFree(environment.getProperty("guichet.devstack.smtp-port", Integer.class, 3025));
            int imap = portOrFree(environment.getProperty("guichet.devstack.imap-port", Integer.class, 3143));
            LocalGreenMail greenMail = new LocalGreenMail(new ServerSetup[] {
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
            greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            greenMail.start();
            SpringApplication.getShutdownHandlers().add(greenMail::stop);
            server = greenMail;
            log.info("In-process GreenMail: SMTP on 127.0.0.1:{}, IMAP on 127.0.0.1:{}", smtp, imap);
        }
        return Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", server.getSmtp().getPort(),
                "guichet.devstack.imap-port", server.getImap().getPort());
    }

    /**
     * Stops taking mail over SMTP, as a mail server outage would, until {@link #startSmtp()}: senders get their connection
     * refused. IMAP and the mail received so far stay. For outage tests and drills.
     *
     * @throws IllegalStateException if this JVM runs no local mail server
     */
    public static synchronized void stopSmtp() {
        running().smtp(false);
    }

    /**
     * Takes mail over SMTP again, on the same port, after {@link #stopSmtp()}; does nothing if it already does.
     *
     * @throws IllegalStateException if this JVM runs no local mail server
     */
    public static synchronized void startSmtp() {
        running().smtp(true);
    }

    private static LocalGreenMail running() {
        if (!(server instanceof LocalGreenMail local)) {
            throw new IllegalStateException("This JVM runs no local mail server");
        }
        return local;
    }

    /** GreenMail whose SMTP service can stop and start again alone, keeping the mailboxes it shares with IMAP. */
    private static final class LocalGreenMail extends GreenMail {

        LocalGreenMail(ServerSetup[] setups) {
            super(setups);
        }

        synchronized void smtp(boolean on) {
            AbstractServer current = services.get(ServerSetup.PROTOCOL_SMTP);
            if (current == null || current.isRunning() == on) {
                return;
            }
            if (!on) {
                current.stopService();
                log.info("In-process GreenMail: SMTP stopped");
                return;
            }
            // A server thread runs once: a new one listens on the same port, delivering to the same mailboxes.
            ServerSetup setup = current.getServerSetup();
            SmtpServer restarted = new SmtpServer(setup, getManagers());
            restarted.startService();
            try {
                if (!restarted.waitTillRunning(setup.getServerStartupTimeout())) {
                    throw new IllegalStateException("SMTP did not start again on port " + setup.getPort());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while SMTP started again", e);
            }
            services.put(ServerSetup.PROTOCOL_SMTP, restarted);
            log.info("In-process GreenMail: SMTP started again on port {}", setup.getPort());
        }
    }

    private static int portOrFree(int preferred) {
        try {
            return Ports.preferredOrFree(preferred);
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the local mail server", e);
        }
    }
}
