package guichet.quotes.quote.web;

import guichet.platform.catalog.ItemRef;
import guichet.platform.catalog.SellableItems;
import guichet.platform.catalog.SellableSearch;
import guichet.platform.customers.Customers;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.money.AmountRejected;
import guichet.platform.money.Prices;
import guichet.platform.web.NotFound;
import guichet.quotes.QuotesModule;
import guichet.quotes.quote.LineInput;
import guichet.quotes.quote.Quote;
import guichet.quotes.quote.QuoteDesk;
import guichet.quotes.quote.QuotePdf;
import guichet.quotes.quote.QuoteReading;
import guichet.quotes.request.QuoteRefused;
import guichet.quotes.request.QuoteRequest;
import guichet.quotes.request.QuoteRequests;
import guichet.quotes.request.Reach;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A quote's page for staff: a revision with its lines and totals per tax rate, the draft's lines to add and remove,
 * sending, revising, and the differences between two revisions. A quote out of the user's reach is not found.
 */
@Controller
@RequiresPermission(QuotesModule.VIEW)
class QuotePageController {

    static final String PAGE = "quotes/quote";
    static final String DIFF = "quotes/diff";

    private final QuoteReading reading;
    private final QuotePdf pdf;
    private final QuoteDesk desk;
    private final QuoteRequests requests;
    private final SellableItems catalogue;
    private final Customers customers;
    private final Prices prices;
    private final Reach reach;
    private final CurrentUser currentUser;

    QuotePageController(
            QuoteReading reading,
            QuotePdf pdf,
            QuoteDesk desk,
            QuoteRequests requests,
            SellableItems catalogue,
            Customers customers,
            Prices prices,
            Reach reach,
            CurrentUser currentUser) {
        this.reading = reading;
        this.pdf = pdf;
        this.desk = desk;
        this.requests = requests;
        this.catalogue = catalogue;
        this.customers = customers;
        this.prices = prices;
        this.reach = reach;
        this.currentUser = currentUser;
    }

    @GetMapping("/quotes/{number}")
    String show(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable Integer revision,
            @RequestParam(required = false) @Nullable String q,
            Model model) {
        Quote quote = readable(number);
        int shown = revision == null ? quote.revision() : revision;
        var view = reading.revision(quote, shown).orElseThrow(() -> new NotFound("Revision"));
        if (!model.containsAttribute("line")) {
            LineForm form = new LineForm();
            form.setTaxRate(desk.defaultTaxRate().toPlainString());
            model.addAttribute("line", form);
        }
        model.addAttribute("quote", quote);
        model.addAttribute("view", view);
        model.addAttribute("revisions", reading.revisionsOf(quote));
        model.addAttribute("customer", customers.find(quote.customer()).orElseThrow());
        model.addAttribute("canEdit", currentUser.can(QuotesModule.EDIT));
        model.addAttribute("editing", quote.editable() && shown == quote.revision());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute(
                "found",
                q == null || q.isBlank()
                        ? java.util.List.of()
                        : catalogue.search(SellableSearch.of(q.strip(), 10)).stream()
                                .filter(i -> i.onSale())
                                .toList());
        return PAGE;
    }

    @GetMapping("/quotes/{number}/diff")
    String diff(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to,
            Model model) {
        Quote quote = readable(number);
        int newer = to == null ? quote.revision() : to;
        int older = from == null ? Math.max(1, newer - 1) : from;
        model.addAttribute("quote", quote);
        model.addAttribute("diff", reading.diff(quote, older, newer).orElseThrow(() -> new NotFound("Revision")));
        return DIFF;
    }

    @GetMapping("/quotes/by-id/{id}")
    String byId(@PathVariable UUID id) {
        Quote quote = reading.byId(id)
                .filter(q -> reach.allows(currentUser.require(), q.customer()))
                .orElseThrow(() -> new NotFound("Quote"));
        return "redirect:/quotes/" + quote.number();
    }

    @PostMapping("/quotes/requests/{number}/quote")
    @RequiresPermission(QuotesModule.EDIT)
    String fromRequest(@PathVariable String number, RedirectAttributes flash) {
        GuichetUser user = currentUser.require();
        QuoteRequest request = requests.findByNumber(number)
                .filter(r -> reach.allows(user, r.customer()))
                .orElseThrow(() -> new NotFound("Quote request"));
        try {
            Quote quote = desk.fromRequest(request.id(), user.id());
            flash.addFlashAttribute("notice", "quotes.made");
            return "redirect:/quotes/" + quote.number();
        } catch (QuoteRefused refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/quotes/requests/" + request.number();
        }
    }

    @PostMapping("/quotes/new")
    @RequiresPermission(QuotesModule.EDIT)
    String create(@RequestParam(required = false) @Nullable String customer, RedirectAttributes flash) {
        GuichetUser user = currentUser.require();
        var found = customers
                .findByNumber(customer == null ? "" : customer.strip())
                .filter(c -> reach.allows(user, c.id()));
        if (found.isEmpty()) {
            flash.addFlashAttribute("problem", "quotes.request.error.customer");
            return "redirect:/quotes";
        }
        Quote quote = desk.create(found.get().id(), user.id());
        flash.addFlashAttribute("notice", "quotes.made");
        return "redirect:/quotes/" + quote.number();
    }

    @PostMapping("/quotes/{number}/lines")
    @RequiresPermission(QuotesModule.EDIT)
    String addLine(@PathVariable String number, @ModelAttribute("line") LineForm form, RedirectAttributes flash) {
        Quote quote = readable(number);
        try {
            desk.addLine(quote.id(), input(form));
            flash.addFlashAttribute("notice", "quotes.line.added");
        } catch (QuoteRefused refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
            flash.addFlashAttribute("line", form);
        } catch (AmountRejected | NumberFormatException e) {
            flash.addFlashAttribute("problem", "quotes.error.number");
            flash.addFlashAttribute("line", form);
        }
        return "redirect:/quotes/" + quote.number() + "#lines";
    }

    @PostMapping("/quotes/{number}/lines/{line}/delete")
    @RequiresPermission(QuotesModule.EDIT)
    String removeLine(@PathVariable String number, @PathVariable UUID line, RedirectAttributes flash) {
        Quote quote = readable(number);
        return act(quote, flash, "quotes.line.removed", () -> desk.removeLine(quote.id(), line));
    }

    @PostMapping("/quotes/{number}/validity")
    @RequiresPermission(QuotesModule.EDIT)
    String validity(@PathVariable String number, @RequestParam String validUntil, RedirectAttributes flash) {
        Quote quote = readable(number);
        try {
            LocalDate date = LocalDate.parse(validUntil);
            return act(quote, flash, "quotes.validity.set", () -> desk.validUntil(quote.id(), date));
        } catch (DateTimeParseException e) {
            flash.addFlashAttribute("problem", "quotes.error.validity");
            return "redirect:/quotes/" + quote.number();
        }
    }

    @PostMapping("/quotes/{number}/send")
    @RequiresPermission(QuotesModule.EDIT)
    String send(@PathVariable String number, RedirectAttributes flash) {
        Quote quote = readable(number);
        GuichetUser user = currentUser.require();
        return act(quote, flash, "quotes.sent", () -> desk.send(quote.id(), user.id()));
    }

    @PostMapping("/quotes/{number}/revise")
    @RequiresPermission(QuotesModule.EDIT)
    String revise(@PathVariable String number, RedirectAttributes flash) {
        Quote quote = readable(number);
        return act(quote, flash, "quotes.revised", () -> desk.revise(quote.id()));
    }

    private String act(Quote quote, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", done);
        } catch (QuoteRefused refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/quotes/" + quote.number();
    }

    private LineInput input(LineForm form) {
        ItemRef item = form.getItem() == null || form.getItem().isBlank()
                ? null
                : ItemRef.parse(form.getItem()).orElseThrow(() -> new QuoteRefused("item", "quotes.error.item"));
        BigDecimal price = form.getUnitPrice() == null || form.getUnitPrice().isBlank()
                ? null
                : prices.parse(form.getUnitPrice()).amount();
        return new LineInput(
                item,
                form.getDescription(),
                decimal(form.getQuantity(), "1"),
                price,
                decimal(form.getDiscount(), "0"),
                decimal(form.getTaxRate(), desk.defaultTaxRate().toPlainString()));
    }

    private static BigDecimal decimal(@Nullable String typed, String fallback) {
        String text = typed == null || typed.isBlank() ? fallback : typed.strip();
        return new BigDecimal(text.replace(',', '.').replace("\u00a0", "").replace(" ", ""));
    }

    private Quote readable(String number) {
        GuichetUser user = currentUser.require();
        return reading.byNumber(number)
                .filter(q -> reach.allows(user, q.customer()))
                .orElseThrow(() -> new NotFound("Quote"));
    }

    @GetMapping("/quotes/{number}/revisions/{revision}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String number, @PathVariable int revision, Locale locale) {
        Quote quote = readable(number);
        return sentRevisionPdf(reading, pdf, quote, revision, locale);
    }

    /** A sent revision of a quote as a PDF shown in the browser; a revision not sent is not found. */
    static ResponseEntity<byte[]> sentRevisionPdf(
            QuoteReading reading, QuotePdf pdf, Quote quote, int revision, Locale locale) {
        var sent = reading.revision(quote, revision)
                .filter(view -> view.sent().isPresent())
                .orElseThrow(() -> new NotFound("Revision"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(quote.number() + "-r" + revision + ".pdf")
                                .build()
                                .toString())
                .body(pdf.render(sent, locale));
    }
}
