package guichet.devstack.stripe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stripe's events as the stub builds, signs and posts them to the one webhook endpoint it knows. */
final class StubWebhooks {

    /** The API version Stripe's SDK of this build expects in the events it parses. */
    static final String API_VERSION = "2026-07-29.dahlia";

    private static final Logger log = LoggerFactory.getLogger(StubWebhooks.class);

    private final String secret;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile @Nullable URI target;

    StubWebhooks(String secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    void target(URI endpoint) {
        this.target = endpoint;
    }

    List<String> sent() {
        return List.copyOf(sent);
    }

    /** An event about the object as it is now, its JSON written at once so that later changes do not leak in. */
    Pending event(String type, Map<String, Object> object) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", "evt_stub" + sequence.incrementAndGet() + "x" + clock.millis());
        event.put("object", "event");
        event.put("api_version", API_VERSION);
        event.put("created", clock.instant().getEpochSecond());
        event.put("data", Map.of("object", StubAccount.visible(object)));
        event.put("livemode", false);
        event.put("pending_webhooks", 1);
        event.put("request", new LinkedHashMap<>(Map.of()));
        event.put("type", type);
        return new Pending(StubJson.write(event));
    }

    /** Posts each event, in order, signed; an endpoint that fails is logged, as Stripe's dashboard would show it. */
    void deliver(List<Pending> events) {
        URI endpoint = target;
        for (Pending event : events) {
            sent.add(event.payload());
            if (endpoint == null) {
                continue;
            }
            try {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(endpoint)
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json; charset=utf-8")
                                .header("Stripe-Signature", signature(event.payload()))
                                .POST(HttpRequest.BodyPublishers.ofString(event.payload(), StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() >= 300) {
                    log.warn("Webhook endpoint {} answered {}: {}", endpoint, answer.statusCode(), answer.body());
                }
            } catch (java.io.IOException e) {
                log.warn("Webhook endpoint {} unreachable: {}", endpoint, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    String signature(String payload) {
        long timestamp = clock.instant().getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** An event's JSON, written when it happened, waiting to be posted. */
    record Pending(String payload) {}
}
