package guichet.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Finding free TCP ports for the embedded servers. */
final class Ports {

    private Ports() {}

    /** Whether nothing listens on the port, on any interface. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return socket.getLocalPort() == port;
        } catch (IOException busy) {
            return false;
        }
    }

    /** A port the system has nothing on. */
    static int free() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The preferred port when it is free on the loopback interface (for a server that listens there only), else any
     * free port.
     */
    static int preferredOrFree(int preferred) throws IOException {
        try (ServerSocket probe = new ServerSocket(preferred, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException taken) {
            return free();
        }
    }
}
