package guichet.claims.mailbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Host names the mailbox tests resolve through the injected {@link MailHostResolver}, never through DNS: names ending
 * in {@code .localhost} (which the JVM's test resolver also maps to loopback, so a socket that skipped the check would
 * reach the in-process mail server) stand for internal and outside addresses nothing ever connects to. Other names go
 * to the system resolver.
 */
@TestConfiguration
class FakeMailHosts {

    /** How many times each name was resolved. */
    static final Map<String, AtomicInteger> LOOKUPS = new ConcurrentHashMap<>();

    private static final Map<String, List<String>> NAMES = Map.of(
            "private.localhost", List.of("10.0.0.5"),
            "metadata.localhost", List.of("169.254.169.254"),
            "loopback6.localhost", List.of("::1"),
            "loopback.localhost", List.of("127.0.0.2"),
            "mapped.localhost", List.of("::ffff:10.0.0.5"),
            "unique-local.localhost", List.of("fd12:3456::1"),
            "shared.localhost", List.of("100.64.1.1"),
            "outside.localhost", List.of("203.0.113.7"),
            // First answer outside, every later one inside: a name that re-resolves between the check and the socket.
            "flip.localhost", List.of("203.0.113.7", "10.0.0.5"));

    @Bean
    @Primary
    MailHostResolver fakeMailHostResolver() {
        DnsMailHostResolver system = new DnsMailHostResolver();
        return host -> {
            String name = host.toLowerCase(Locale.ROOT);
            List<String> answers = NAMES.get(name);
            if (answers == null) {
                return system.resolve(host);
            }
            int lookup = LOOKUPS.computeIfAbsent(name, n -> new AtomicInteger()).getAndIncrement();
            return List.of(address(answers.get(Math.min(lookup, answers.size() - 1))));
        };
    }

    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }
}
