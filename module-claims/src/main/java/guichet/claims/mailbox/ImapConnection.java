package guichet.claims.mailbox;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import javax.net.SocketFactory;

/**
 * One open session on a tenant's IMAP mailbox, its folder opened read-write. Reading a mail never marks it read (IMAP
 * {@code BODY.PEEK}); only {@link #acknowledge} does, once what it became is committed. Its socket comes from
 * {@link MailHosts#sockets()}, which checks the address it connects to; with TLS, the certificate is checked against the
 * host name.
 */
final class ImapConnection implements AutoCloseable {

    static final String REFUSED = "claims.mailbox.error.refused";
    static final String FAILED = "claims.mailbox.error.failed";

    private final Store store;
    private final Folder folder;

    private ImapConnection(Store store, Folder folder) {
        this.store = store;
        this.folder = folder;
    }

    static ImapConnection open(
            SocketFactory sockets,
            String host,
            int port,
            Mailbox.Security security,
            String username,
            String password,
            String folderName,
            Duration timeout)
            throws MessagingException {
        String protocol = security == Mailbox.Security.SSL ? "imaps" : "imap";
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.put(prefix + "host", host);
        properties.put(prefix + "port", String.valueOf(port));
        properties.put(prefix + "connectiontimeout", String.valueOf(timeout.toMillis()));
        properties.put(prefix + "timeout", String.valueOf(timeout.toMillis()));
        properties.put(prefix + "writetimeout", String.valueOf(timeout.toMillis()));
        properties.put(prefix + "peek", "true");
        // Every socket is a checked one: never a plain one instead when it refuses (Angus Mail's fallback).
        properties.put(prefix + "socketFactory", sockets);
        properties.put(prefix + "socketFactory.fallback", "false");
        if (security == Mailbox.Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (security != Mailbox.Security.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(host, port, username, password);
        try {
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            return new ImapConnection(store, folder);
        } catch (MessagingException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The oldest unread mails, at most {@code limit}. */
    List<Message> unread(int limit) throws MessagingException {
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        return Arrays.stream(unseen).limit(limit).toList();
    }

    /** Marks the mail read on the server: the door is done with it. */
    static void acknowledge(Message message) throws MessagingException {
        message.setFlag(Flags.Flag.SEEN, true);
    }

    @Override
    public void close() {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException ignored) {
            // The server went away: nothing of ours is left open.
        } finally {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // idem
            }
        }
    }

    /**
     * The message key that tells an administrator what went wrong: that the host is refused, or one message for every
     * other failure, so that the page never tells what answered on the host and port typed (whether a server listens,
     * speaks TLS or knows the user name). The details go to the server's log only.
     */
    static String errorKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MailHostRefused) {
                return REFUSED;
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return FAILED;
    }

    /** A key saved by an earlier version (which told the failures apart) is shown as the one generic message. */
    static String shownKey(String savedKey) {
        return REFUSED.equals(savedKey) ? REFUSED : FAILED;
    }

    /** The failure's own words, for the server's log. */
    static String detail(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        for (Throwable cause = failure.getCause();
                cause != null && cause != cause.getCause();
                cause = cause.getCause()) {
            text.append(" / ")
                    .append(cause.getClass().getSimpleName())
                    .append(": ")
                    .append(cause.getMessage());
        }
        return text.toString();
    }
}
