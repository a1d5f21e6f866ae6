package guichet.claims.web.api;

import guichet.claims.Actor;
import guichet.claims.Opening;
import guichet.claims.ServiceDesk;
import guichet.claims.TicketAccess;
import guichet.claims.TicketReading;
import guichet.claims.TicketRejected;
import guichet.claims.desk.Claim;
import guichet.claims.search.TicketQuery;
import guichet.claims.settings.ClaimSettings;
import guichet.claims.settings.Vocabulary;
import guichet.claims.web.Conflicts;
import guichet.claims.web.api.PortalResponses.PortalTicket;
import guichet.claims.web.api.PortalResponses.PortalTicketDetail;
import guichet.claims.web.api.TicketRequests.MessageRequest;
import guichet.claims.web.api.TicketRequests.OpenTicketRequest;
import guichet.claims.web.api.TicketRequests.RatingRequest;
import guichet.claims.web.api.TicketRequests.StatusRequest;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.SaleId;
import guichet.platform.tickets.Ticket;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's side of the claims API, mirroring his portal: his tickets (a reseller's also his sub-customers'),
 * those awaiting his answer, one with its public messages only, opening one about a purchase, replying, closing,
 * reopening and rating. It answers exactly what his pages show ({@link PortalResponses}): hidden notes, and when one was
 * written, never appear.
 */
@RestController
@Tag(name = "Claims (customer portal)", description = "The signed-in customer's own tickets")
@RequiresPermission(CorePermissions.PORTAL_ACCESS)
@RequestMapping("/api/claims/my")
class PortalApiController {

    private final TicketReading reading;
    private final TicketAccess access;
    private final ServiceDesk desk;
    private final ClaimSettings settings;
    private final CurrentUser currentUser;

    PortalApiController(
            TicketReading reading,
            TicketAccess access,
            ServiceDesk desk,
            ClaimSettings settings,
            CurrentUser currentUser) {
        this.reading = reading;
        this.access = access;
        this.desk = desk;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    /** His tickets: {@code show=all} (default), {@code waiting} (awaiting his answer), {@code open} or {@code closed}. */
    @GetMapping
    @Operation(summary = "The customer's own tickets (a reseller's also his sub-customers')")
    PageResponse<PortalTicket> list(@RequestParam(defaultValue = "all") String show, ListQuery paging) {
        TicketQuery query = TicketQuery.ofCustomer(access.of(currentUser.require()));
        query = switch (show) {
            case "waiting" -> query.withAwaitingCustomer(true);
            case "open" ->
                query.withCategories(
                        EnumSet.of(Ticket.Category.NEW, Ticket.Category.IN_PROGRESS, Ticket.Category.WAITING));
            case "closed" -> query.withCategories(EnumSet.of(Ticket.Category.RESOLVED, Ticket.Category.CLOSED));
            default -> query;
        };
        Vocabulary vocabulary = settings.vocabulary();
        boolean reseller = currentUser.require().can(CorePermissions.PORTAL_SUB_CUSTOMERS);
        return PageResponse.of(
                reading.page(
                        query,
                        paging.pageable(
                                Set.of("number", "title", "createdAt", "status", "updatedAt"),
                                Sort.by(Sort.Direction.DESC, "updatedAt"))),
                ticket -> PortalTicket.of(ticket, vocabulary, reseller));
    }

    @GetMapping("/{number}")
    @Operation(summary = "One of the customer's tickets, as his portal page shows it")
    PortalTicketDetail get(@PathVariable String number) {
        return PortalTicketDetail.of(
                reading.view(ticket(number), false),
                settings.vocabulary(),
                currentUser.require().can(CorePermissions.PORTAL_SUB_CUSTOMERS));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Opens a ticket for the signed-in customer")
    PortalTicketDetail open(@RequestBody OpenTicketRequest request) {
        GuichetUser user = currentUser.require();
        CustomerId customer = user.customerId().orElseThrow(() -> new NotFound("Customer"));
        Claim ticket = desk.open(
                Opening.byCustomer(
                        Ticket.Channel.API,
                        request.title(),
                        request.description(),
                        customer,
                        null,
                        request.saleId() == null ? null : new SaleId(request.saleId()),
                        request.type()),
                Actor.of(user));
        return get(ticket.number());
    }

    @PostMapping("/{number}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The customer's reply or additional information")
    PortalTicketDetail reply(@PathVariable String number, @RequestBody MessageRequest request) {
        Claim ticket = ticket(number);
        Actor me = Actor.of(currentUser.require());
        Conflicts.retried(() -> desk.reply(ticket, request.body(), me));
        return get(number);
    }

    /** {@code close}, {@code resolve} or {@code reopen}. */
    @PostMapping("/{number}/status")
    @Operation(summary = "Closes, resolves or reopens one of the customer's tickets")
    PortalTicketDetail status(@PathVariable String number, @RequestBody StatusRequest request) {
        Claim ticket = ticket(number);
        Actor me = Actor.of(currentUser.require());
        switch (request.action() == null ? "" : request.action()) {
            case "close" -> desk.close(ticket, me);
            case "resolve" -> desk.resolve(ticket, me);
            case "reopen" -> desk.reopen(ticket, me);
            default -> throw new TicketRejected("claims.error.status");
        }
        return get(number);
    }

    @PostMapping("/{number}/rating")
    @Operation(summary = "Rates the service on a resolved or closed ticket")
    PortalTicketDetail rate(@PathVariable String number, @RequestBody RatingRequest request) {
        desk.rate(ticket(number), request.score(), request.comment(), Actor.of(currentUser.require()));
        return get(number);
    }

    private Claim ticket(String number) {
        return access.require(number, currentUser.require());
    }
}
