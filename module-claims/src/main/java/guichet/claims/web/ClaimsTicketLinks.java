package guichet.claims.web;

import guichet.claims.ClaimsModule;
import guichet.platform.tickets.TicketLinks;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The addresses of the ticket pages this module serves, for the other modules that mention a ticket by number. */
@Component
class ClaimsTicketLinks implements TicketLinks {

    /** {@code T-} and at least six digits, as {@code Claims.nextNumber()} writes them, not inside a longer word. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w-])T-\\d{6,}(?![\\w-])");

    @Override
    public String module() {
        return ClaimsModule.ID;
    }

    @Override
    public Pattern numbers() {
        return NUMBER;
    }

    @Override
    public String staff(String number) {
        return "/claims/" + number;
    }

    @Override
    public String portal(String number) {
        return "/claims/my/" + number;
    }
}
