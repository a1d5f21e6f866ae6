package guichet.claims.mailbox;

import java.net.SocketException;

/**
 * A mailbox host the platform does not let a tenant reach: an internal, reserved or the platform's own address. Thrown
 * before any socket is opened, when the settings are checked and again when a connection is made.
 */
final class MailHostRefused extends SocketException {

    MailHostRefused(String host) {
        super("Mailbox host refused (internal, reserved or the platform's own address): " + host);
    }
}
