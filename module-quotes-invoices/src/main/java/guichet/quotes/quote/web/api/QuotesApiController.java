package guichet.quotes.quote.web.api;

import guichet.platform.catalog.ItemRef;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.SiteId;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageResponse;
import guichet.quotes.QuotesModule;
import guichet.quotes.quote.Quote;
import guichet.quotes.quote.QuoteReading;
import guichet.quotes.quote.QuoteStatus;
import guichet.quotes.quote.Quotes;
import guichet.quotes.quote.web.api.QuoteResponses.QuoteResponse;
import guichet.quotes.quote.web.api.QuoteResponses.RequestResponse;
import guichet.quotes.quote.web.api.QuoteResponses.RevisionResponse;
import guichet.quotes.request.Appointment;
import guichet.quotes.request.Asking;
import guichet.quotes.request.QuoteRefused;
import guichet.quotes.request.QuoteRequest;
import guichet.quotes.request.QuoteRequestDesk;
import guichet.quotes.request.Reach;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Quotes as JSON, within the caller's reach like the pages: staff list them (a sales representative his customers'),
 * read one and any of its revisions; a customer asks for a quote. A refused request answers 400 with its reason in the
 * client's language.
 */
@RestController
@Tag(name = "Quotes", description = "Quotes, their revisions, and quote requests")
@RequiresPermission(QuotesModule.VIEW)
@RequestMapping("/api/quotes")
class QuotesApiController {

    private static final Set<String> SORTABLE = Set.of("number", "status", "validUntil", "totalGross", "updatedAt");

    private final Quotes quotes;
    private final QuoteReading reading;
    private final QuoteRequestDesk requests;
    private final Reach reach;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    QuotesApiController(
            Quotes quotes,
            QuoteReading reading,
            QuoteRequestDesk requests,
            Reach reach,
            CurrentUser currentUser,
            MessageSource messages) {
        this.quotes = quotes;
        this.reading = reading;
        this.requests = requests;
        this.reach = reach;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "Quotes within the user's reach, latest change first, filtered by status")
    PageResponse<QuoteResponse> list(@RequestParam(required = false) @Nullable String status, ListQuery paging) {
        QuoteStatus shown = Arrays.stream(QuoteStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        return PageResponse.of(
                quotes.list(
                        shown,
                        null,
                        Reach.rep(reach.of(currentUser.require())),
                        paging.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"))),
                QuoteResponse::of);
    }

    @GetMapping("/{number}")
    @Transactional(readOnly = true)
    @Operation(summary = "A quote with its current revision's lines and totals")
    RevisionResponse get(@PathVariable String number) {
        Quote quote = readable(number);
        return RevisionResponse.of(reading.revision(quote, quote.revision()).orElseThrow());
    }

    @GetMapping("/{number}/revisions/{revision}")
    @Transactional(readOnly = true)
    @Operation(summary = "A revision of a quote: a sent one is frozen, the last may be the draft in preparation")
    RevisionResponse revision(@PathVariable String number, @PathVariable int revision) {
        Quote quote = readable(number);
        return RevisionResponse.of(reading.revision(quote, revision).orElseThrow(() -> new NotFound("Revision")));
    }

    @PostMapping("/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(CorePermissions.PORTAL_ACCESS)
    @Operation(summary = "The signed-in customer asks for a quote, with an optional appointment")
    RequestResponse ask(@RequestBody AskQuoteRequest body, Locale locale) {
        GuichetUser user = currentUser.require();
        CustomerId customer = user.customerId().orElseThrow(() -> new NotFound("Customer"));
        List<Asking.Wanted> wanted = new ArrayList<>();
        for (AskQuoteRequest.Item item : body.items() == null ? List.<AskQuoteRequest.Item>of() : body.items()) {
            ItemRef ref =
                    item.item() == null ? null : ItemRef.parse(item.item()).orElse(null);
            if (item.item() != null && ref == null) {
                throw refused(new QuoteRefused("items", "quotes.request.error.unknownItem"), locale);
            }
            wanted.add(new Asking.Wanted(ref, item.text(), item.quantity() == null ? 1 : item.quantity()));
        }
        Appointment appointment;
        try {
            appointment = body.appointment() == null || body.appointment().isBlank()
                    ? null
                    : Appointment.valueOf(body.appointment());
        } catch (IllegalArgumentException e) {
            throw refused(new QuoteRefused("appointment", "quotes.request.error.appointment"), locale);
        }
        try {
            QuoteRequest asked = requests.ask(new Asking(
                    customer,
                    QuoteRequest.Channel.API,
                    wanted,
                    body.message() == null ? "" : body.message(),
                    appointment,
                    body.siteId() == null ? null : new SiteId(body.siteId()),
                    body.wishedAt(),
                    null,
                    user.id()));
            return new RequestResponse(asked.number(), asked.status().name(), asked.createdAt());
        } catch (QuoteRefused refused) {
            throw refused(refused, locale);
        }
    }

    private ResponseStatusException refused(QuoteRefused refused, Locale locale) {
        String reason = messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale);
        return new ResponseStatusException(
                HttpStatus.BAD_REQUEST, (refused.field() == null ? "" : refused.field() + ": ") + reason);
    }

    private Quote readable(String number) {
        GuichetUser user = currentUser.require();
        return reading.byNumber(number)
                .filter(q -> reach.allows(user, q.customer()))
                .orElseThrow(() -> new NotFound("Quote"));
    }
}
