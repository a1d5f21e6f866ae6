package guichet.devstack.stripe;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The stub's Stripe account, in memory: every object as the JSON map Stripe's API answers with (the shapes of Stripe's
 * OpenAPI description, the fields Guichet and the SDK read). Not thread-safe on its own: {@link StripeStub} serialises
 * the requests.
 */
final class StubAccount {

    private final Clock clock;
    private final String base;
    private final AtomicLong sequence = new AtomicLong();
    final Map<String, Map<String, Object>> products = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> prices = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> customers = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> sessions = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> subscriptions = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> invoices = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> portalSessions = new LinkedHashMap<>();

    StubAccount(Clock clock, String base) {
        this.clock = clock;
        this.base = base;
    }

    String id(String prefix) {
        return prefix + "_stub" + Long.toString(sequence.incrementAndGet(), 36) + Long.toString(now(), 36);
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    Map<String, Object> object(String prefix, String type) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", id(prefix));
        object.put("object", type);
        object.put("created", now());
        object.put("livemode", false);
        return object;
    }

    Map<String, Object> product(String name, Map<String, String> metadata) {
        Map<String, Object> product = object("prod", "product");
        product.put("active", true);
        product.put("name", name);
        product.put("metadata", new LinkedHashMap<>(metadata));
        product.put("type", "service");
        products.put((String) product.get("id"), product);
        return product;
    }

    Map<String, Object> price(String product, long unitAmount, String currency, @Nullable String lookupKey) {
        if (lookupKey != null) {
            prices.values().stream()
                    .filter(p -> lookupKey.equals(p.get("lookup_key")))
                    .forEach(p -> p.put("lookup_key", null));
        }
        Map<String, Object> price = object("price", "price");
        price.put("active", true);
        price.put("billing_scheme", "per_unit");
        price.put("currency", currency.toLowerCase(java.util.Locale.ROOT));
        price.put("lookup_key", lookupKey);
        price.put("metadata", Map.of());
        price.put("product", product);
        price.put("recurring", Map.of("interval", "month", "interval_count", 1, "usage_type", "licensed"));
        price.put("tax_behavior", "unspecified");
        price.put("type", "recurring");
        price.put("unit_amount", unitAmount);
        price.put("unit_amount_decimal", Long.toString(unitAmount));
        prices.put((String) price.get("id"), price);
        return price;
    }

    Map<String, Object> customer(@Nullable String email, @Nullable String name, Map<String, String> metadata) {
        Map<String, Object> customer = object("cus", "customer");
        customer.put("email", email);
        customer.put("name", name);
        customer.put("metadata", new LinkedHashMap<>(metadata));
        customers.put((String) customer.get("id"), customer);
        return customer;
    }

    Map<String, Object> checkoutSession(
            String customer,
            List<String> priceIds,
            String successUrl,
            @Nullable String cancelUrl,
            @Nullable String reference,
            Map<String, String> metadata) {
        Map<String, Object> session = object("cs_test", "checkout.session");
        String id = (String) session.get("id");
        session.put("mode", "subscription");
        session.put("status", "open");
        session.put("payment_status", "unpaid");
        session.put("customer", customer);
        session.put("subscription", null);
        session.put("success_url", successUrl);
        session.put("cancel_url", cancelUrl);
        session.put("client_reference_id", reference);
        session.put("metadata", new LinkedHashMap<>(metadata));
        session.put("url", base + "/checkout/" + id);
        session.put("expires_at", now() + 24 * 3600);
        session.put("line_items_prices", new ArrayList<>(priceIds));
        sessions.put(id, session);
        return session;
    }

    /** The session as the API shows it, without the stub's own bookkeeping. */
    static Map<String, Object> visible(Map<String, Object> object) {
        Map<String, Object> copy = new LinkedHashMap<>(object);
        copy.remove("line_items_prices");
        return copy;
    }

    Map<String, Object> subscription(String customer, List<String> priceIds, Map<String, String> metadata) {
        Map<String, Object> subscription = object("sub", "subscription");
        String id = (String) subscription.get("id");
        long start = now();
        subscription.put("customer", customer);
        subscription.put("status", "active");
        subscription.put("cancel_at_period_end", false);
        subscription.put("canceled_at", null);
        subscription.put("collection_method", "charge_automatically");
        subscription.put(
                "currency",
                priceIds.isEmpty() ? "eur" : price(priceIds.getFirst()).get("currency"));
        subscription.put("start_date", start);
        subscription.put("billing_cycle_anchor", start);
        subscription.put("metadata", new LinkedHashMap<>(metadata));
        subscription.put("latest_invoice", null);
        List<Map<String, Object>> items = new ArrayList<>();
        for (String priceId : priceIds) {
            items.add(item(id, priceId, start, periodEnd(start)));
        }
        subscription.put("items", list("/v1/subscription_items?subscription=" + id, items));
        subscriptions.put(id, subscription);
        return subscription;
    }

    Map<String, Object> item(String subscription, String priceId, long start, long end) {
        Map<String, Object> item = object("si", "subscription_item");
        item.put("subscription", subscription);
        item.put("price", price(priceId));
        item.put("quantity", 1);
        item.put("metadata", Map.of());
        item.put("current_period_start", start);
        item.put("current_period_end", end);
        return item;
    }

    Map<String, Object> price(String id) {
        Map<String, Object> price = prices.get(id);
        if (price == null) {
            throw new StubRefusal(404, "resource_missing", "No such price: '" + id + "'");
        }
        return price;
    }

    Optional<Map<String, Object>> priceByLookupKey(String key) {
        return prices.values().stream()
                .filter(p -> key.equals(p.get("lookup_key")))
                .findFirst();
    }

    long periodEnd(long start) {
        return Instant.ofEpochSecond(start)
                .atZone(ZoneOffset.UTC)
                .plusMonths(1)
                .toInstant()
                .getEpochSecond();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> subscription) {
        return (List<Map<String, Object>>) ((Map<String, Object>) subscription.get("items")).get("data");
    }

    static Map<String, Object> list(String url, List<? extends Map<String, Object>> data) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("object", "list");
        list.put("data", data);
        list.put("has_more", false);
        list.put("url", url);
        return list;
    }

    /** An invoice of the subscription's items for their current period, paid or left open (a failed payment). */
    Map<String, Object> invoice(Map<String, Object> subscription, boolean paid) {
        Map<String, Object> invoice = object("in", "invoice");
        String id = (String) invoice.get("id");
        List<Map<String, Object>> lines = new ArrayList<>();
        long total = 0;
        for (Map<String, Object> item : items(subscription)) {
            long amount = ((Number) ((Map<?, ?>) item.get("price")).get("unit_amount")).longValue();
            total += amount;
            lines.add(line(amount, (String) subscription.get("currency"), item, false));
        }
        invoice.put("customer", subscription.get("customer"));
        invoice.put("subscription", subscription.get("id"));
        invoice.put(
                "parent",
                Map.of(
                        "type",
                        "subscription_details",
                        "subscription_details",
                        Map.of("subscription", subscription.get("id"), "metadata", Map.of())));
        invoice.put("currency", subscription.get("currency"));
        invoice.put("status", paid ? "paid" : "open");
        invoice.put("total", total);
        invoice.put("subtotal", total);
        invoice.put("amount_due", total);
        invoice.put("amount_paid", paid ? total : 0);
        invoice.put("amount_remaining", paid ? 0 : total);
        invoice.put("attempt_count", 1);
        invoice.put("billing_reason", "subscription_cycle");
        invoice.put("collection_method", "charge_automatically");
        invoice.put("number", "STUB-" + (invoices.size() + 1));
        invoice.put("period_start", now());
        invoice.put("period_end", now());
        invoice.put("hosted_invoice_url", base + "/invoices/" + id);
        invoice.put("invoice_pdf", base + "/invoices/" + id + ".pdf");
        invoice.put("lines", list("/v1/invoices/" + id + "/lines", lines));
        invoices.put(id, invoice);
        subscription.put("latest_invoice", id);
        subscription.put("status", paid ? "active" : "past_due");
        return invoice;
    }

    /** An invoice line for a subscription item: its period, its price, and whether it is a proration. */
    Map<String, Object> line(long amount, String currency, Map<String, Object> item, boolean proration) {
        Map<?, ?> price = (Map<?, ?>) item.get("price");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("invoice_item", null);
        details.put("proration", proration);
        details.put("subscription", item.get("subscription"));
        details.put("subscription_item", item.get("id"));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id("il"));
        line.put("object", "line_item");
        line.put("amount", amount);
        line.put("currency", currency);
        line.put("description", price.get("lookup_key"));
        line.put("livemode", false);
        line.put("metadata", Map.of());
        line.put("quantity", 1);
        line.put("parent", Map.of("type", "subscription_item_details", "subscription_item_details", details));
        line.put("period", Map.of("start", item.get("current_period_start"), "end", item.get("current_period_end")));
        line.put(
                "pricing",
                Map.of(
                        "type", "price_details",
                        "price_details", Map.of("price", price.get("id"), "product", price.get("product")),
                        "unit_amount_decimal", String.valueOf(price.get("unit_amount"))));
        return line;
    }

    Map<String, Object> portalSession(String customer, @Nullable String returnUrl) {
        Map<String, Object> session = object("bps", "billing_portal.session");
        session.put("customer", customer);
        session.put("return_url", returnUrl);
        session.put("url", base + "/portal/" + session.get("id"));
        portalSessions.put((String) session.get("id"), session);
        return session;
    }
}
