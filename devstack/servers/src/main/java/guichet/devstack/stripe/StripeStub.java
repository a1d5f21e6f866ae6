package guichet.devstack.stripe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Stripe-compatible server on a free loopback port, for the run command and the tests: Stripe's SDK talks to it when
 * its API base is {@link #apiBase()}. Its Checkout page « pays » and posts the events Stripe would, signed with the
 * webhook secret, to the address given to {@link #sendWebhooksTo(URI)}. State lives in memory, one account per stub.
 */
public final class StripeStub implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StripeStub.class);
    private static @Nullable StripeStub shared;

    private final HttpServer server;
    private final ExecutorService executor;
    private final StubAccount account;
    private final StubWebhooks webhooks;
    private final StubApi api;
    private final StubPages pages;
    private final String webhookSecret;

    private StripeStub(HttpServer server, ExecutorService executor, String webhookSecret, Clock clock) {
        this.server = server;
        this.executor = executor;
        this.webhookSecret = webhookSecret;
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        this.account = new StubAccount(clock, base);
        this.webhooks = new StubWebhooks(webhookSecret, clock);
        this.api = new StubApi(account, webhooks);
        this.pages = new StubPages(account, webhooks);
    }

    /** The JVM's shared stub (the one the run command and the tests' application use), if one was started. */
    public static synchronized @Nullable StripeStub current() {
        return shared;
    }

    /** Starts the JVM's shared stub, with a webhook secret of its own, on the system clock. */
    public static synchronized StripeStub startShared() {
        if (shared == null) {
            shared =
                    start("whsec_stub_" + java.util.UUID.randomUUID().toString().replace("-", ""), Clock.systemUTC());
        }
        return shared;
    }

    /** Starts a stub on a free port of 127.0.0.1 that signs its webhooks with {@code webhookSecret}. */
    public static StripeStub start(String webhookSecret, Clock clock) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool();
            server.setExecutor(executor);
            StripeStub stub = new StripeStub(server, executor, webhookSecret, clock);
            server.createContext("/", stub::handle);
            server.start();
            log.info("Stripe stub on {}", stub.apiBase());
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address to give Stripe's SDK as its API base. */
    public String apiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The secret its webhooks are signed with, as Stripe's dashboard shows an endpoint's ({@code whsec_…}). */
    public String webhookSecret() {
        return webhookSecret;
    }

    /** Where the stub posts its events, as a webhook endpoint registered in Stripe's dashboard would receive them. */
    public void sendWebhooksTo(URI endpoint) {
        webhooks.target(endpoint);
    }

    /** The events sent so far, oldest first, as the JSON bodies that were posted. */
    public List<String> sentEvents() {
        return webhooks.sent();
    }

    /** Signs a payload as Stripe signs a webhook: {@code t=<seconds>,v1=<HMAC-SHA256 hex>}. */
    public String signature(String payload) {
        return webhooks.signature(payload);
    }

    /**
     * Bills the subscription's next period and fails to collect it, as a declined card would: the invoice stays open,
     * the subscription turns {@code past_due}, and {@code invoice.payment_failed} is sent.
     */
    public void failPayment(String subscriptionId) {
        List<StubWebhooks.Pending> events = new ArrayList<>();
        synchronized (account) {
            Map<String, Object> subscription = api.subscription(subscriptionId);
            Map<String, Object> invoice = account.invoice(subscription, false);
            events.add(webhooks.event("invoice.payment_failed", invoice));
            events.add(webhooks.event("customer.subscription.updated", subscription));
        }
        webhooks.deliver(events);
    }

    /** Collects the subscription's open invoices, as paying from the hosted invoice page would. */
    public void payOpenInvoices(String subscriptionId) {
        List<StubWebhooks.Pending> events = new ArrayList<>();
        synchronized (account) {
            events.addAll(pages.payOpenInvoices(api.subscription(subscriptionId)));
        }
        webhooks.deliver(events);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            StubForms form = StubForms.parse(exchange.getRequestURI().getRawQuery(), body);
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            StubResponse response;
            List<StubWebhooks.Pending> events = new ArrayList<>();
            try {
                synchronized (account) {
                    response = path.startsWith("/v1/")
                            ? api.answer(
                                    method,
                                    path,
                                    form,
                                    exchange.getRequestHeaders().getFirst("Authorization"),
                                    events)
                            : pages.answer(method, path, form, events);
                }
            } catch (StubRefusal refusal) {
                response = StubResponse.json(
                        refusal.status,
                        Map.of(
                                "error",
                                Map.of(
                                        "type",
                                        "invalid_request_error",
                                        "code",
                                        refusal.code,
                                        "message",
                                        refusal.getMessage())));
            }
            // Outside the lock: the receiver may well call the API back before it answers.
            webhooks.deliver(events);
            response.write(exchange);
        }
    }

    static @Nullable String idAfter(String path, String prefix) {
        if (!path.startsWith(prefix) || path.length() == prefix.length()) {
            return null;
        }
        String rest = path.substring(prefix.length());
        return rest.contains("/") ? null : rest;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
