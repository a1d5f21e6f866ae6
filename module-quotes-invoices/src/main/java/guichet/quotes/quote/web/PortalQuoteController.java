package guichet.quotes.quote.web;

import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageLinks;
import guichet.quotes.quote.Quote;
import guichet.quotes.quote.QuoteDesk;
import guichet.quotes.quote.QuotePdf;
import guichet.quotes.quote.QuoteReading;
import guichet.quotes.quote.Quotes;
import guichet.quotes.request.QuoteRefused;
import guichet.quotes.request.Reach;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's « Mes devis »: his quotes that were sent to him (a reseller's sub-customers' too), each at its latest
 * sent revision — never a draft in preparation — which he accepts or refuses while it awaits his answer.
 */
@Controller
@RequiresPermission(CorePermissions.PORTAL_ACCESS)
class PortalQuoteController {

    static final String LIST = "quotes/portal/quotes";
    static final String PAGE = "quotes/portal/quote";

    private final Quotes quotes;
    private final QuoteReading reading;
    private final QuotePdf pdf;
    private final QuoteDesk desk;
    private final Reach reach;
    private final CurrentUser currentUser;

    PortalQuoteController(
            Quotes quotes, QuoteReading reading, QuotePdf pdf, QuoteDesk desk, Reach reach, CurrentUser currentUser) {
        this.quotes = quotes;
        this.reading = reading;
        this.pdf = pdf;
        this.desk = desk;
        this.reach = reach;
        this.currentUser = currentUser;
    }

    @GetMapping("/quotes/my")
    String list(ListQuery paging, Model model) {
        Set<UUID> mine = Reach.accounts(reach.of(currentUser.require()));
        Page<Quote> page = mine.isEmpty()
                ? Page.empty()
                : quotes.sentTo(
                        mine,
                        paging.pageable(
                                Set.of("number", "status", "validUntil", "updatedAt"),
                                Sort.by(Sort.Direction.DESC, "updatedAt")));
        model.addAttribute("quotes", page);
        model.addAttribute("links", PageLinks.of("/quotes/my", page));
        return LIST;
    }

    @GetMapping("/quotes/my/{number}")
    String show(@PathVariable String number, Model model) {
        Quote quote = mine(number);
        int sent = quote.sentRevision().orElseThrow();
        model.addAttribute("quote", quote);
        model.addAttribute("view", reading.revision(quote, sent).orElseThrow());
        model.addAttribute("awaiting", quote.status() == guichet.quotes.quote.QuoteStatus.SENT);
        return PAGE;
    }

    @PostMapping("/quotes/my/{number}/decision")
    String decide(
            @PathVariable String number,
            @RequestParam int revision,
            @RequestParam String answer,
            RedirectAttributes flash) {
        GuichetUser user = currentUser.require();
        Quote quote = mine(number);
        boolean accept = "accept".equals(answer);
        try {
            desk.decide(quote.id(), revision, accept, user.id());
            flash.addFlashAttribute("notice", accept ? "quotes.accepted" : "quotes.refused");
        } catch (QuoteRefused refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/quotes/my/" + quote.number();
    }

    /** A quote of the signed-in customer that was sent to him; any other is not found. */
    private Quote mine(String number) {
        Set<UUID> mine = Reach.accounts(reach.of(currentUser.require()));
        return reading.byNumber(number)
                .filter(q -> mine.contains(q.customer().value()))
                .filter(q -> q.sentRevision().isPresent())
                .orElseThrow(() -> new NotFound("Quote"));
    }

    @GetMapping("/quotes/my/{number}/revisions/{revision}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String number, @PathVariable int revision, Locale locale) {
        Quote quote = mine(number);
        return QuotePageController.sentRevisionPdf(reading, pdf, quote, revision, locale);
    }
}
