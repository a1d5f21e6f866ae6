package guichet.devstack.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.InvoiceLineItem;
import com.stripe.model.Price;
import com.stripe.model.Product;
import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceCreatePreviewParams;
import com.stripe.param.InvoiceListParams;
import com.stripe.param.PriceCreateParams;
import com.stripe.param.PriceListParams;
import com.stripe.param.ProductCreateParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.billingportal.SessionCreateParams;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stripe's own SDK against the stub: every answer is parsed by the SDK's model classes, and every webhook is verified
 * by the SDK's {@code Webhook.constructEvent} with the secret, so the stub cannot merely agree with itself.
 */
class StripeStubTest {

    private static final String SECRET = "whsec_stub_test";

    private final List<Event> received = new CopyOnWriteArrayList<>();
    private StripeStub stub;
    private HttpServer endpoint;
    private StripeClient stripe;

    @BeforeEach
    void start() throws Exception {
        stub = StripeStub.start(SECRET, Clock.systemUTC());
        endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.createContext("/webhook", exchange -> {
            String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try {
                received.add(Webhook.constructEvent(
                        payload, exchange.getRequestHeaders().getFirst("Stripe-Signature"), SECRET));
                exchange.sendResponseHeaders(200, -1);
            } catch (SignatureVerificationException e) {
                exchange.sendResponseHeaders(400, -1);
            }
            exchange.close();
        });
        endpoint.start();
        stub.sendWebhooksTo(
                URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/webhook"));
        stripe = StripeClient.builder()
                .setApiKey("sk_test_stub")
                .setApiBase(stub.apiBase())
                .build();
    }

    @AfterEach
    void stop() {
        endpoint.stop(0);
        stub.close();
    }

    @Test
    void aModuleIsBoughtThroughCheckoutAndItsSubscriptionReadBack() throws Exception {
        Price shops = monthlyPrice("shops", "Boutiques", 1900);
        assertThat(stripe.v1()
                        .prices()
                        .list(PriceListParams.builder()
                                .addLookupKey("guichet-shops")
                                .build())
                        .getData())
                .extracting(Price::getId)
                .containsExactly(shops.getId());
        String customer = stripe.v1()
                .customers()
                .create(CustomerCreateParams.builder()
                        .setEmail("admin@atlas.test")
                        .putMetadata("tenant", "atlas")
                        .build())
                .getId();
        Session checkout = stripe.v1()
                .checkout()
                .sessions()
                .create(com.stripe.param.checkout.SessionCreateParams.builder()
                        .setMode(com.stripe.param.checkout.SessionCreateParams.Mode.SUBSCRIPTION)
                        .setCustomer(customer)
                        .addLineItem(com.stripe.param.checkout.SessionCreateParams.LineItem.builder()
                                .setPrice(shops.getId())
                                .setQuantity(1L)
                                .build())
                        .setSuccessUrl("http://atlas.localhost/admin/billing?paid")
                        .putMetadata("tenant", "atlas")
                        .build());
        assertThat(checkout.getStatus()).isEqualTo("open");

        HttpResponse<String> paid = pay(checkout.getUrl());

        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location")).hasValue("http://atlas.localhost/admin/billing?paid");
        assertThat(received)
                .extracting(Event::getType)
                .containsExactly("customer.subscription.created", "checkout.session.completed", "invoice.paid");
        Session completed = (Session)
                received.get(1).getDataObjectDeserializer().getObject().orElseThrow();
        assertThat(completed.getMetadata()).containsEntry("tenant", "atlas");
        Subscription subscription = stripe.v1().subscriptions().retrieve(completed.getSubscription());
        assertThat(subscription.getStatus()).isEqualTo("active");
        assertThat(subscription.getMetadata()).containsEntry("tenant", "atlas");
        assertThat(subscription.getItems().getData()).singleElement().satisfies(item -> {
            assertThat(item.getPrice().getLookupKey()).isEqualTo("guichet-shops");
            assertThat(item.getCurrentPeriodEnd()).isGreaterThan(item.getCurrentPeriodStart() + 27 * 24 * 3600);
        });
        Invoice invoice = stripe.v1()
                .invoices()
                .list(InvoiceListParams.builder().setCustomer(customer).build())
                .getData()
                .getFirst();
        assertThat(invoice.getStatus()).isEqualTo("paid");
        assertThat(invoice.getAmountPaid()).isEqualTo(1900L);
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(invoice.getInvoicePdf()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), StandardCharsets.US_ASCII)).startsWith("%PDF-");
        com.stripe.model.billingportal.Session portal = stripe.v1()
                .billingPortal()
                .sessions()
                .create(SessionCreateParams.builder()
                        .setCustomer(customer)
                        .setReturnUrl("http://atlas.localhost/admin/billing")
                        .build());
        assertThat(portal.getUrl()).startsWith(stub.apiBase() + "/portal/");
    }

    @Test
    void addingAModuleIsPreviewedWithItsProrationThenAddedAndAFailedPaymentIsSent() throws Exception {
        Price claims = monthlyPrice("claims", "Réclamations", 2900);
        Price offers = monthlyPrice("offers", "Offres", 1500);
        Subscription subscription = bought(claims);

        Invoice preview = stripe.v1()
                .invoices()
                .createPreview(InvoiceCreatePreviewParams.builder()
                        .setCustomer(subscription.getCustomer())
                        .setSubscription(subscription.getId())
                        .setSubscriptionDetails(InvoiceCreatePreviewParams.SubscriptionDetails.builder()
                                .addItem(InvoiceCreatePreviewParams.SubscriptionDetails.Item.builder()
                                        .setPrice(offers.getId())
                                        .build())
                                .build())
                        .build());

        List<InvoiceLineItem> prorations = preview.getLines().getData().stream()
                .filter(line -> line.getParent().getSubscriptionItemDetails().getProration())
                .toList();
        assertThat(prorations)
                .singleElement()
                .satisfies(line -> assertThat(line.getAmount()).isBetween(1400L, 1500L));
        assertThat(preview.getTotal()).isEqualTo(prorations.getFirst().getAmount() + 2900 + 1500);

        Subscription updated = stripe.v1()
                .subscriptions()
                .update(
                        subscription.getId(),
                        SubscriptionUpdateParams.builder()
                                .addItem(SubscriptionUpdateParams.Item.builder()
                                        .setPrice(offers.getId())
                                        .build())
                                .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.CREATE_PRORATIONS)
                                .build());
        assertThat(updated.getItems().getData())
                .extracting(item -> item.getPrice().getLookupKey())
                .containsExactly("guichet-claims", "guichet-offers");

        received.clear();
        stub.failPayment(subscription.getId());
        assertThat(received)
                .extracting(Event::getType)
                .containsExactly("invoice.payment_failed", "customer.subscription.updated");
        Invoice failed = (Invoice)
                received.getFirst().getDataObjectDeserializer().getObject().orElseThrow();
        assertThat(failed.getStatus()).isEqualTo("open");
        assertThat(failed.getHostedInvoiceUrl()).startsWith(stub.apiBase());
        assertThat(stripe.v1().subscriptions().retrieve(subscription.getId()).getStatus())
                .isEqualTo("past_due");

        stub.payOpenInvoices(subscription.getId());
        assertThat(stripe.v1().subscriptions().retrieve(subscription.getId()).getStatus())
                .isEqualTo("active");
    }

    @Test
    void aSignatureMadeWithAnotherSecretOrAnUnknownObjectIsRefusedAsStripeWould() {
        String payload = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\"}";
        assertThatThrownBy(() -> Webhook.constructEvent(payload, stub.signature(payload), "whsec_other"))
                .isInstanceOf(SignatureVerificationException.class);
        assertThatThrownBy(() -> stripe.v1().subscriptions().retrieve("sub_missing"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("No such subscription");
    }

    private Price monthlyPrice(String module, String name, long cents) throws Exception {
        Product product = stripe.v1()
                .products()
                .create(ProductCreateParams.builder()
                        .setName(name)
                        .putMetadata("module", module)
                        .build());
        return stripe.v1()
                .prices()
                .create(PriceCreateParams.builder()
                        .setProduct(product.getId())
                        .setCurrency("eur")
                        .setUnitAmount(cents)
                        .setLookupKey("guichet-" + module)
                        .setTransferLookupKey(true)
                        .setRecurring(PriceCreateParams.Recurring.builder()
                                .setInterval(PriceCreateParams.Recurring.Interval.MONTH)
                                .build())
                        .build());
    }

    private Subscription bought(Price price) throws Exception {
        String customer = stripe.v1()
                .customers()
                .create(CustomerCreateParams.builder()
                        .setEmail("admin@medina.test")
                        .build())
                .getId();
        Session checkout = stripe.v1()
                .checkout()
                .sessions()
                .create(com.stripe.param.checkout.SessionCreateParams.builder()
                        .setMode(com.stripe.param.checkout.SessionCreateParams.Mode.SUBSCRIPTION)
                        .setCustomer(customer)
                        .addLineItem(com.stripe.param.checkout.SessionCreateParams.LineItem.builder()
                                .setPrice(price.getId())
                                .setQuantity(1L)
                                .build())
                        .setSuccessUrl("http://medina.localhost/admin/billing")
                        .build());
        pay(checkout.getUrl());
        return stripe.v1()
                .subscriptions()
                .retrieve(stripe.v1()
                        .checkout()
                        .sessions()
                        .retrieve(checkout.getId())
                        .getSubscription());
    }

    private static HttpResponse<String> pay(String checkoutUrl) throws Exception {
        HttpClient browser = HttpClient.newHttpClient();
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create(checkoutUrl)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(page).contains("<button id=\"pay\"");
        return browser.send(
                HttpRequest.newBuilder(URI.create(checkoutUrl + "/pay"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
