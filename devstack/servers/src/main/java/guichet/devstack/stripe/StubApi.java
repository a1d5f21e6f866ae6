package guichet.devstack.stripe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The stub's {@code /v1/…} routes: the part of Stripe's API Guichet's billing uses. */
final class StubApi {

    private final StubAccount account;
    private final StubWebhooks webhooks;

    StubApi(StubAccount account, StubWebhooks webhooks) {
        this.account = account;
        this.webhooks = webhooks;
    }

    StubResponse answer(
            String method,
            String path,
            StubForms form,
            @Nullable String authorization,
            List<StubWebhooks.Pending> events) {
        if (authorization == null || !authorization.startsWith("Bearer sk_")) {
            throw new StubRefusal(401, "api_key_invalid", "Invalid API Key provided.");
        }
        String id;
        if ((id = StripeStub.idAfter(path, "/v1/products/")) != null) {
            Map<String, Object> product = found(account.products.get(id), "product", id);
            if (method.equals("POST")) {
                if (form.get("name") != null) {
                    product.put("name", form.get("name"));
                }
                product.put("updated", account.now());
            }
            return ok(product);
        }
        if ((id = StripeStub.idAfter(path, "/v1/prices/")) != null) {
            Map<String, Object> price = found(account.prices.get(id), "price", id);
            if (method.equals("POST") && "false".equals(form.get("active"))) {
                price.put("active", false);
                price.put("lookup_key", null);
            }
            return ok(price);
        }
        if ((id = StripeStub.idAfter(path, "/v1/customers/")) != null) {
            return ok(found(account.customers.get(id), "customer", id));
        }
        if ((id = StripeStub.idAfter(path, "/v1/checkout/sessions/")) != null) {
            return ok(StubAccount.visible(found(account.sessions.get(id), "checkout.session", id)));
        }
        if ((id = StripeStub.idAfter(path, "/v1/subscriptions/")) != null) {
            return ok(subscriptionCall(method, id, form, events));
        }
        return switch (method + " " + path) {
            case "POST /v1/products" -> ok(account.product(form.require("name"), form.map("metadata")));
            case "POST /v1/prices" ->
                ok(account.price(
                        form.require("product"),
                        Long.parseLong(form.require("unit_amount")),
                        form.require("currency"),
                        form.get("lookup_key")));
            case "GET /v1/prices" -> ok(StubAccount.list("/v1/prices", prices(form)));
            case "POST /v1/customers" ->
                ok(account.customer(form.get("email"), form.get("name"), form.map("metadata")));
            case "POST /v1/checkout/sessions" -> ok(StubAccount.visible(checkout(form)));
            case "POST /v1/invoices/create_preview" -> ok(StubPreviews.preview(account, form));
            case "GET /v1/invoices" -> ok(StubAccount.list("/v1/invoices", invoices(form)));
            case "POST /v1/billing_portal/sessions" ->
                ok(account.portalSession(form.require("customer"), form.get("return_url")));
            default ->
                throw new StubRefusal(
                        404, "resource_missing", "Unrecognized request URL (" + method + ": " + path + ").");
        };
    }

    Map<String, Object> subscription(String id) {
        return found(account.subscriptions.get(id), "subscription", id);
    }

    private Map<String, Object> subscriptionCall(
            String method, String id, StubForms form, List<StubWebhooks.Pending> events) {
        Map<String, Object> subscription = subscription(id);
        switch (method) {
            case "GET" -> {}
            case "POST" -> {
                StubPreviews.applyItems(account, subscription, form.objects("items"));
                if (form.get("cancel_at_period_end") != null) {
                    subscription.put("cancel_at_period_end", Boolean.parseBoolean(form.get("cancel_at_period_end")));
                }
                events.add(webhooks.event("customer.subscription.updated", subscription));
            }
            case "DELETE" -> {
                subscription.put("status", "canceled");
                subscription.put("canceled_at", account.now());
                subscription.put("ended_at", account.now());
                events.add(webhooks.event("customer.subscription.deleted", subscription));
            }
            default -> throw new StubRefusal(405, "method_not_allowed", method + " is not allowed here.");
        }
        return subscription;
    }

    private Map<String, Object> checkout(StubForms form) {
        if (!"subscription".equals(form.require("mode"))) {
            throw new StubRefusal(400, "parameter_invalid", "The stub only knows subscription mode.");
        }
        String customer = form.require("customer");
        found(account.customers.get(customer), "customer", customer);
        List<String> prices = new ArrayList<>();
        for (Map<String, String> line : form.objects("line_items")) {
            String price = Objects.requireNonNull(line.get("price"), "line_items[][price]");
            account.price(price);
            prices.add(price);
        }
        if (prices.isEmpty()) {
            throw new StubRefusal(400, "parameter_missing", "Missing required param: line_items.");
        }
        return account.checkoutSession(
                customer,
                prices,
                form.require("success_url"),
                form.get("cancel_url"),
                form.get("client_reference_id"),
                form.map("metadata"));
    }

    private List<Map<String, Object>> prices(StubForms form) {
        List<String> keys = form.list("lookup_keys");
        return account.prices.values().stream()
                .filter(p -> keys.isEmpty() || keys.contains(p.get("lookup_key")))
                .filter(p -> form.get("product") == null || form.get("product").equals(p.get("product")))
                .filter(p -> form.get("active") == null
                        || Boolean.valueOf(form.get("active")).equals(p.get("active")))
                .toList();
    }

    private List<Map<String, Object>> invoices(StubForms form) {
        return account.invoices.values().stream()
                .filter(i ->
                        form.get("customer") == null || form.get("customer").equals(i.get("customer")))
                .filter(i -> form.get("subscription") == null
                        || form.get("subscription").equals(i.get("subscription")))
                .sorted((a, b) -> Long.compare((Long) b.get("created"), (Long) a.get("created")))
                .toList();
    }

    private static Map<String, Object> found(@Nullable Map<String, Object> object, String type, String id) {
        if (object == null) {
            throw new StubRefusal(404, "resource_missing", "No such " + type + ": '" + id + "'");
        }
        return object;
    }

    private static StubResponse ok(Map<String, Object> object) {
        return StubResponse.json(200, object);
    }
}
