package guichet.devstack.stripe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Changes to a subscription's items, and the invoice Stripe previews for them with their prorations. */
final class StubPreviews {

    private StubPreviews() {}

    /** Applies {@code items[n][id|price|deleted]}: removes the items marked deleted, adds the new prices. */
    static void applyItems(StubAccount account, Map<String, Object> subscription, List<Map<String, String>> changes) {
        List<Map<String, Object>> items = StubAccount.items(subscription);
        long[] period = period(account, subscription);
        for (Map<String, String> change : changes) {
            String id = change.get("id");
            if (id != null && "true".equals(change.get("deleted"))) {
                items.removeIf(item -> id.equals(item.get("id")));
            } else if (id == null && change.get("price") != null) {
                items.add(account.item((String) subscription.get("id"), change.get("price"), period[0], period[1]));
            }
        }
    }

    /**
     * {@code POST /v1/invoices/create_preview}: the next invoice of the customer's subscription once the changes in
     * {@code subscription_details[items]} are made now, with a proration line for each price added or removed.
     */
    static Map<String, Object> preview(StubAccount account, StubForms form) {
        String subscriptionId = form.require("subscription");
        Map<String, Object> subscription = account.subscriptions.get(subscriptionId);
        if (subscription == null) {
            throw new StubRefusal(404, "resource_missing", "No such subscription: '" + subscriptionId + "'");
        }
        long[] period = period(account, subscription);
        long now = account.now();
        double remaining = period[1] <= period[0]
                ? 0
                : Math.max(0, Math.min(1, (double) (period[1] - now) / (period[1] - period[0])));
        String currency = (String) subscription.get("currency");
        List<Map<String, Object>> lines = new ArrayList<>();
        List<Map<String, Object>> next = new ArrayList<>(StubAccount.items(subscription));
        for (Map<String, String> change : form.objects("subscription_details[items]")) {
            String id = change.get("id");
            if (id != null && "true".equals(change.get("deleted"))) {
                for (Map<String, Object> item : List.copyOf(next)) {
                    if (id.equals(item.get("id"))) {
                        next.remove(item);
                        lines.add(account.line(-Math.round(amount(item) * remaining), currency, item, true));
                    }
                }
            } else if (id == null && change.get("price") != null) {
                Map<String, Object> item = account.item(subscriptionId, change.get("price"), now, period[1]);
                next.add(item);
                lines.add(account.line(Math.round(amount(item) * remaining), currency, item, true));
            }
        }
        for (Map<String, Object> item : next) {
            Map<String, Object> following = new LinkedHashMap<>(item);
            following.put("current_period_start", period[1]);
            following.put("current_period_end", account.periodEnd(period[1]));
            lines.add(account.line(amount(item), currency, following, false));
        }
        long total = lines.stream().mapToLong(l -> (Long) l.get("amount")).sum();
        Map<String, Object> invoice = new LinkedHashMap<>();
        invoice.put("id", null);
        invoice.put("object", "invoice");
        invoice.put("created", now);
        invoice.put("livemode", false);
        invoice.put("customer", subscription.get("customer"));
        invoice.put("currency", currency);
        invoice.put("status", "draft");
        invoice.put("total", total);
        invoice.put("subtotal", total);
        invoice.put("amount_due", Math.max(0, total));
        invoice.put("amount_paid", 0);
        invoice.put("amount_remaining", Math.max(0, total));
        invoice.put("period_start", period[0]);
        invoice.put("period_end", period[1]);
        invoice.put("next_payment_attempt", period[1]);
        invoice.put("billing_reason", "upcoming");
        invoice.put("lines", StubAccount.list("/v1/invoices/upcoming/lines", lines));
        return invoice;
    }

    private static long amount(Map<String, Object> item) {
        return ((Number) ((Map<?, ?>) item.get("price")).get("unit_amount")).longValue();
    }

    private static long[] period(StubAccount account, Map<String, Object> subscription) {
        List<Map<String, Object>> items = StubAccount.items(subscription);
        if (items.isEmpty()) {
            long now = account.now();
            return new long[] {now, account.periodEnd(now)};
        }
        Map<String, Object> first = items.getFirst();
        return new long[] {(Long) first.get("current_period_start"), (Long) first.get("current_period_end")};
    }
}
