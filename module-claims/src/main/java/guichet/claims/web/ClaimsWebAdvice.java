package guichet.claims.web;

import guichet.claims.settings.ClaimSettings;
import guichet.claims.settings.Vocabulary;
import guichet.platform.tickets.Ticket;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every claims page shows: the tenant's statuses, types and priorities with their labels. */
@ControllerAdvice(basePackageClasses = ClaimsWebAdvice.class)
class ClaimsWebAdvice {

    private final ClaimSettings settings;

    ClaimsWebAdvice(ClaimSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("channels")
    Ticket.Channel[] channels() {
        return Ticket.Channel.values();
    }

    @ModelAttribute("vocabulary")
    Vocabulary vocabulary() {
        return settings.vocabulary();
    }
}
