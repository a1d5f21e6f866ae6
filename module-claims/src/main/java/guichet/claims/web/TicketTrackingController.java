package guichet.claims.web;

import guichet.platform.identity.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page where anyone follows a ticket by its number and his e-mail address, without signing in (seed 000's
 * walk-in clients, seed 002's « suivi d'une réclamation »). The module declares {@code /claims/track} public.
 * The pair travels in a form's body, never in an address that browsers and logs keep.
 */
@Controller
@RequiresPermission(RequiresPermission.PUBLIC)
class TicketTrackingController {

    static final String VIEW = "claims/track";

    private final TicketTracking tracking;

    TicketTrackingController(TicketTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping("/claims/track")
    String form() {
        return VIEW;
    }

    @PostMapping("/claims/track")
    String track(
            @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String email,
            Model model) {
        model.addAttribute("number", number.strip());
        model.addAttribute("email", email.strip());
        tracking.find(number, email)
                .ifPresentOrElse(
                        progress -> model.addAttribute("progress", progress),
                        () -> model.addAttribute("notFound", true));
        return VIEW;
    }
}
