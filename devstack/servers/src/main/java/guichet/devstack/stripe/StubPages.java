package guichet.devstack.stripe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pages Stripe hosts: Checkout (which « pays » at once), the customer portal, invoices and their PDF. */
final class StubPages {

    private final StubAccount account;
    private final StubWebhooks webhooks;

    StubPages(StubAccount account, StubWebhooks webhooks) {
        this.account = account;
        this.webhooks = webhooks;
    }

    StubResponse answer(String method, String path, StubForms form, List<StubWebhooks.Pending> events) {
        String id;
        if (method.equals("GET") && (id = StripeStub.idAfter(path, "/checkout/")) != null) {
            Map<String, Object> session = session(id);
            return StubResponse.html(page(
                    "Stripe (local stub) · Checkout",
                    "<p>Subscription of " + prices(session) + ".</p>"
                            + "<form method=\"post\" action=\"/checkout/" + escape(id) + "/pay\">"
                            + "<button id=\"pay\" type=\"submit\">Pay</button></form>"));
        }
        if (method.equals("POST") && path.startsWith("/checkout/") && path.endsWith("/pay")) {
            Map<String, Object> session = session(path.substring("/checkout/".length(), path.length() - 4));
            pay(session, events);
            return StubResponse.redirect((String) session.get("success_url"));
        }
        if (method.equals("GET") && (id = StripeStub.idAfter(path, "/portal/")) != null) {
            Map<String, Object> portal = account.portalSessions.get(id);
            if (portal == null) {
                throw new StubRefusal(404, "resource_missing", "No such portal session");
            }
            Object back = portal.get("return_url");
            return StubResponse.html(page(
                    "Stripe (local stub) · Customer portal",
                    "<p>Payment method: test card ending 4242.</p>"
                            + (back == null
                                    ? ""
                                    : "<a id=\"back\" href=\"" + escape(back.toString()) + "\">Back</a>")));
        }
        if (method.equals("GET") && path.startsWith("/invoices/") && path.endsWith(".pdf")) {
            String invoice = path.substring("/invoices/".length(), path.length() - 4);
            if (!account.invoices.containsKey(invoice)) {
                throw new StubRefusal(404, "resource_missing", "No such invoice");
            }
            return new StubResponse(200, "application/pdf", pdf(invoice), "");
        }
        if (method.equals("GET") && (id = StripeStub.idAfter(path, "/invoices/")) != null) {
            Map<String, Object> invoice = invoice(id);
            boolean open = "open".equals(invoice.get("status"));
            return StubResponse.html(page(
                    "Stripe (local stub) · Invoice " + invoice.get("number"),
                    "<p id=\"status\">" + escape(String.valueOf(invoice.get("status"))) + "</p><p>"
                            + invoice.get("amount_due") + " " + escape(String.valueOf(invoice.get("currency")))
                            + "</p>"
                            + (open
                                    ? "<form method=\"post\" action=\"/invoices/" + escape(id) + "/pay\">"
                                            + "<button id=\"pay\" type=\"submit\">Pay</button></form>"
                                    : "")));
        }
        if (method.equals("POST") && path.startsWith("/invoices/") && path.endsWith("/pay")) {
            String invoiceId = path.substring("/invoices/".length(), path.length() - 4);
            Map<String, Object> invoice = invoice(invoiceId);
            Map<String, Object> subscription = account.subscriptions.get((String) invoice.get("subscription"));
            if (subscription != null) {
                events.addAll(payOpenInvoices(subscription));
            }
            return StubResponse.redirect("/invoices/" + invoiceId);
        }
        throw new StubRefusal(404, "resource_missing", "Unrecognized page " + path);
    }

    /** Completes the session: a subscription of its prices, its first invoice paid, the events Stripe sends. */
    private void pay(Map<String, Object> session, List<StubWebhooks.Pending> events) {
        if (!"open".equals(session.get("status"))) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> prices = (List<String>) session.get("line_items_prices");
        @SuppressWarnings("unchecked")
        Map<String, String> metadata = (Map<String, String>) session.get("metadata");
        Map<String, Object> subscription = account.subscription((String) session.get("customer"), prices, metadata);
        events.add(webhooks.event("customer.subscription.created", subscription));
        Map<String, Object> invoice = account.invoice(subscription, true);
        session.put("status", "complete");
        session.put("payment_status", "paid");
        session.put("subscription", subscription.get("id"));
        events.add(webhooks.event("checkout.session.completed", session));
        events.add(webhooks.event("invoice.paid", invoice));
    }

    List<StubWebhooks.Pending> payOpenInvoices(Map<String, Object> subscription) {
        List<StubWebhooks.Pending> events = new ArrayList<>();
        for (Map<String, Object> invoice : account.invoices.values()) {
            if (subscription.get("id").equals(invoice.get("subscription")) && "open".equals(invoice.get("status"))) {
                invoice.put("status", "paid");
                invoice.put("amount_paid", invoice.get("amount_due"));
                invoice.put("amount_remaining", 0L);
                events.add(webhooks.event("invoice.paid", invoice));
            }
        }
        subscription.put("status", "active");
        events.add(webhooks.event("customer.subscription.updated", subscription));
        return events;
    }

    private Map<String, Object> invoice(String id) {
        Map<String, Object> invoice = account.invoices.get(id);
        if (invoice == null) {
            throw new StubRefusal(404, "resource_missing", "No such invoice");
        }
        return invoice;
    }

    private Map<String, Object> session(String id) {
        Map<String, Object> session = account.sessions.get(id);
        if (session == null) {
            throw new StubRefusal(404, "resource_missing", "No such checkout session");
        }
        return session;
    }

    private String prices(Map<String, Object> session) {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) session.get("line_items_prices");
        return escape(String.join(
                ", ",
                ids.stream()
                        .map(id -> account.price(id))
                        .map(p -> p.get("lookup_key") + " " + p.get("unit_amount") + " " + p.get("currency") + "/month")
                        .toList()));
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** A one-page PDF naming the invoice, enough for a viewer to open. */
    private static byte[] pdf(String invoice) {
        String text = "Invoice " + invoice.replaceAll("[^A-Za-z0-9_]", "");
        String content = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
                + "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                + "4 0 obj<</Length " + content.length() + ">>stream\n" + content + "\nendstream endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }
}
