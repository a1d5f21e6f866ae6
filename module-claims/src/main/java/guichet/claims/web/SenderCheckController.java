package guichet.claims.web;

import guichet.claims.Actor;
import guichet.claims.ClaimsModule;
import guichet.claims.SenderConfirmation;
import guichet.claims.TicketAccess;
import guichet.claims.TicketRejected;
import guichet.claims.desk.Claim;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agent's decision on a mail held « to confirm » (ADR 0037): it came in a known customer's name without the receiving
 * server vouching for its sender. Confirmed, it becomes the customer's message; rejected, it stays hidden from him.
 */
@Controller
@RequiresPermission(ClaimsModule.REPLY)
class SenderCheckController {

    private final TicketAccess access;
    private final SenderConfirmation confirmation;
    private final CurrentUser currentUser;

    SenderCheckController(TicketAccess access, SenderConfirmation confirmation, CurrentUser currentUser) {
        this.access = access;
        this.confirmation = confirmation;
        this.currentUser = currentUser;
    }

    /** {@code decision=confirm} or {@code reject}. */
    @PostMapping("/claims/{number}/messages/{message}/sender")
    String decide(
            @PathVariable String number,
            @PathVariable UUID message,
            @RequestParam(defaultValue = "") String decision,
            RedirectAttributes flash) {
        Claim ticket = access.require(number, currentUser.require());
        Actor me = Actor.of(currentUser.require());
        try {
            switch (decision) {
                case "confirm" -> confirmation.confirm(ticket, message, me);
                case "reject" -> confirmation.reject(ticket, message, me);
                default -> throw new TicketRejected("claims.error.notHeld");
            }
            flash.addFlashAttribute(
                    "notice", "confirm".equals(decision) ? "claims.sender.confirmed" : "claims.sender.rejected.notice");
        } catch (TicketRejected rejected) {
            flash.addFlashAttribute("problem", rejected.messageKey());
        }
        return "redirect:/claims/" + number + "#m-" + message;
    }
}
