package guichet.claims.mailbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.net.SocketFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which mail servers a tenant's mailbox may reach (issue 12): never the platform's inside — loopback, link-local
 * (the cloud metadata service), private, shared, reserved or multicast addresses, nor an address of this machine —
 * unless the platform owner allows that network ({@code guichet.claims.mailbox.allowed-networks}); and only over TLS
 * unless he allows plain IMAP ({@code guichet.claims.mailbox.allow-plain}). The dev and test profiles, whose embedded
 * mail server listens on loopback without TLS, allow loopback and plain IMAP unless these settings say otherwise. A host is checked through the
 * {@link MailHostResolver} when the settings are typed, and every socket to it checks again and connects to the very
 * address it checked, so a name that re-resolves elsewhere between the two is refused too.
 */
@Component
class MailHosts {

    /** The dev and test profiles read the embedded mail server, on loopback without TLS, unless told otherwise. */
    private static final Set<String> DEVELOPMENT_PROFILES = Set.of("dev", "test");

    private static final List<String> EMBEDDED_SERVER_NETWORKS = List.of("127.0.0.0/8", "::1/128");

    private final MailHostResolver resolver;
    private final List<Network> allowed;
    private final boolean plainAllowed;

    MailHosts(MailHostResolver resolver, MailboxProperties properties, Environment environment) {
        this.resolver = resolver;
        boolean development = Arrays.stream(environment.getActiveProfiles()).anyMatch(DEVELOPMENT_PROFILES::contains);
        List<String> networks = properties.allowedNetworks().isEmpty() && development
                ? EMBEDDED_SERVER_NETWORKS
                : properties.allowedNetworks();
        this.allowed = networks.stream().map(Network::of).toList();
        this.plainAllowed = properties.allowPlain() != null ? properties.allowPlain() : development;
    }

    /** Whether a mailbox may be read without TLS. */
    boolean plainAllowed() {
        return plainAllowed;
    }

    /**
     * The host's addresses, every one of them allowed; resolved, never connected to.
     *
     * @throws MailHostRefused if one of them is inside the platform
     * @throws UnknownHostException if the name has no address
     */
    List<InetAddress> check(String host) throws IOException {
        List<InetAddress> addresses = resolver.resolve(host);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                throw new MailHostRefused(host);
            }
        }
        return addresses;
    }

    /** Sockets that check their host again as they connect, and connect to the address they checked. */
    SocketFactory sockets() {
        return new CheckedSockets();
    }

    private boolean allowed(InetAddress address) {
        return allowed.stream().anyMatch(network -> network.contains(address)) || !(inside(address) || own(address));
    }

    /** Loopback, link-local, private, shared (CGNAT), reserved, multicast or unique-local. */
    static boolean inside(InetAddress address) {
        InetAddress checked = ipv4Within(address);
        if (checked.isAnyLocalAddress()
                || checked.isLoopbackAddress()
                || checked.isLinkLocalAddress()
                || checked.isSiteLocalAddress()
                || checked.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = checked.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0
                    || first >= 240
                    || (first == 100 && (second & 0xc0) == 64)
                    || (first == 192 && second == 0 && bytes[2] == 0)
                    || (first == 198 && (second & 0xfe) == 18);
        }
        return (bytes[0] & 0xfe) == 0xfc;
    }

    /** An address of one of this machine's interfaces: the platform itself. */
    private static boolean own(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException unknown) {
            return true;
        }
    }

    /** The IPv4 address an IPv4-mapped IPv6 address ({@code ::ffff:10.0.0.5}) stands for, else the address. */
    private static InetAddress ipv4Within(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != 16) {
            return address;
        }
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return address;
            }
        }
        if ((bytes[10] & 0xff) != 0xff || (bytes[11] & 0xff) != 0xff) {
            return address;
        }
        try {
            return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (UnknownHostException impossible) {
            return address;
        }
    }

    /** An address block the platform owner allows, such as {@code 10.20.0.0/16} or {@code 127.0.0.1}. */
    record Network(byte[] prefix, int bits) {

        static Network of(String text) {
            String[] parts = text.strip().split("/", 2);
            if (!parts[0].matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException(
                        "guichet.claims.mailbox.allowed-networks takes addresses or address blocks, not " + text);
            }
            try {
                byte[] prefix = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : prefix.length * 8;
                if (bits < 0 || bits > prefix.length * 8) {
                    throw new IllegalArgumentException("Bad address block " + text);
                }
                return new Network(prefix, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("Bad address block " + text, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = ipv4Within(address).getAddress();
            if (bytes.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final class CheckedSockets extends SocketFactory {

        @Override
        public Socket createSocket() {
            return new CheckedSocket();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            Socket socket = new CheckedSocket();
            socket.connect(InetSocketAddress.createUnresolved(host, port));
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            Socket socket = new CheckedSocket();
            socket.bind(new InetSocketAddress(localHost, localPort));
            socket.connect(InetSocketAddress.createUnresolved(host, port));
            return socket;
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            Socket socket = new CheckedSocket();
            socket.connect(new InetSocketAddress(host, port));
            return socket;
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            Socket socket = new CheckedSocket();
            socket.bind(new InetSocketAddress(localAddress, localPort));
            socket.connect(new InetSocketAddress(address, port));
            return socket;
        }
    }

    /** Resolves its host through the resolver as it connects, and connects only to an address allowed. */
    private final class CheckedSocket extends Socket {

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (!(endpoint instanceof InetSocketAddress target)) {
                throw new MailHostRefused(String.valueOf(endpoint));
            }
            InetAddress address = check(target.getHostString()).getFirst();
            super.connect(new InetSocketAddress(address, target.getPort()), timeout);
        }
    }
}
