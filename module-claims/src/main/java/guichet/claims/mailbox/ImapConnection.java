package guichet.claims.mailbox;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLException;

/**
 * One open session on a tenant's IMAP mailbox, its folder opened read-write. Reading a mail never marks it read (IMAP
 * {@code BODY.PEEK}); only {@link #acknowledge} does, once what it became is committed.
 */
final class ImapConnection implements AutoCloseable {

    private final Store store;
    private final Folder folder;

    private ImapConnection(Store store, Folder folder) {
        this.store = store;
        this.folder = folder;
    }

    static ImapConnection open(
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

    /** The message key ({@code claims.mailbox.error.*}) that tells an administrator what went wrong. */
    static String errorKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationFailedException) {
                return "claims.mailbox.error.auth";
            }
            if (cause instanceof FolderNotFoundException) {
                return "claims.mailbox.error.folder";
            }
            if (cause instanceof UnknownHostException) {
                return "claims.mailbox.error.host";
            }
            if (cause instanceof SSLException) {
                return "claims.mailbox.error.tls";
            }
            if (cause instanceof ConnectException || cause instanceof SocketTimeoutException) {
                return "claims.mailbox.error.connect";
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return "claims.mailbox.error.other";
    }

    /** The server's own words, for the administrator. */
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
