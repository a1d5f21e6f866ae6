package guichet.platform.realms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * A portal client keeps the loopback addresses of earlier starts, so a test context cached early still signs in after
 * a hundred others have started against the same Keycloak; real addresses are replaced exactly.
 */
class RealmRedirectsTest {

    @Test
    void aHundredEarlierContextsWithThreeConsoleAddressesEachAreAllKept() {
        List<String> earlier = IntStream.range(0, 100)
                .boxed()
                .flatMap(i -> List.of(
                        "http://localhost:" + (40_000 + i) + "/*",
                        "http://127.0.0.1:" + (40_000 + i) + "/*",
                        "http://console.localhost:" + (40_000 + i) + "/*")
                        .stream())
                .toList();

        List<String> kept = RealmProvisioner.withLoopbackRedirectsOf(client(earlier), List.of("http://localhost:1/*"));

        assertThat(kept).first().isEqualTo("http://localhost:1/*");
        assertThat(kept).containsAll(earlier).hasSize(301);
    }

    @Test
    void theNewestAreKeptWhenTheWindowIsFull() {
        List<String> earlier = IntStream.range(0, RealmProvisioner.LOOPBACK_REDIRECTS_KEPT + 50)
                .mapToObj(i -> "http://localhost:" + (50_000 - i) + "/*")
                .toList();

        List<String> kept = RealmProvisioner.withLoopbackRedirectsOf(client(earlier), List.of("http://localhost:1/*"));

        assertThat(kept).hasSize(RealmProvisioner.LOOPBACK_REDIRECTS_KEPT + 1).contains("http://localhost:50000/*");
        assertThat(kept).doesNotContain(earlier.getLast());
    }

    @Test
    void realAddressesAreReplacedNotKept() {
        List<String> kept = RealmProvisioner.withLoopbackRedirectsOf(
                client(List.of("https://old.atlas.example/*", "http://localhost:8080/*")),
                List.of("https://atlas.example/*"));

        assertThat(kept).containsExactly("https://atlas.example/*", "http://localhost:8080/*");
    }

    private static ClientRepresentation client(List<String> redirects) {
        ClientRepresentation client = new ClientRepresentation();
        client.setRedirectUris(redirects);
        return client;
    }
}
