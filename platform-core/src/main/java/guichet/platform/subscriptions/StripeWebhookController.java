package guichet.platform.subscriptions;

import guichet.platform.web.ConsoleEndpoint;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Stripe's webhook endpoint, on the base host: {@value #PATH}. A signed event is recorded and acknowledged at once
 * (200), handled after the answer; anything else is refused with 400 and changes nothing.
 */
@Controller
@ConsoleEndpoint
class StripeWebhookController {

    static final String PATH = "/billing/stripe/webhook";

    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripeEvents events;

    StripeWebhookController(StripeEvents events) {
        this.events = events;
    }

    @PostMapping(PATH)
    @ResponseBody
    ResponseEntity<String> receive(
            @RequestBody(required = false) @Nullable String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) @Nullable String signature) {
        if (payload == null || payload.isBlank()) {
            return ResponseEntity.badRequest().body("No event.");
        }
        try {
            boolean fresh = events.receive(payload, signature);
            return ResponseEntity.ok(fresh ? "Received." : "Already received.");
        } catch (StripeEvents.RefusedEvent refused) {
            log.warn("Refused a Stripe webhook call: {}", refused.getMessage());
            return ResponseEntity.badRequest().body("Refused: " + refused.getMessage());
        }
    }
}
