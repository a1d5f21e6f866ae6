package guichet.claims.mailbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a mailbox's host name into addresses. Every look-up of a mailbox host goes through this one bean, before the
 * settings are accepted and again when a socket connects, so that the address checked is the address reached.
 */
interface MailHostResolver {

    /**
     * The host's addresses, never empty.
     *
     * @throws UnknownHostException if the name has none
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
