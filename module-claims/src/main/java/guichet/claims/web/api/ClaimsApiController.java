package guichet.claims.web.api;

import guichet.claims.Actor;
import guichet.claims.ClaimsModule;
import guichet.claims.Opening;
import guichet.claims.ServiceDesk;
import guichet.claims.TicketAccess;
import guichet.claims.TicketEditing;
import guichet.claims.TicketReading;
import guichet.claims.TicketRejected;
import guichet.claims.desk.Claim;
import guichet.claims.search.TicketQuery;
import guichet.claims.settings.ClaimSettings;
import guichet.claims.settings.Vocabulary;
import guichet.claims.web.Conflicts;
import guichet.claims.web.TicketAudiences;
import guichet.claims.web.TicketFilter;
import guichet.claims.web.api.TicketRequests.AssigneesRequest;
import guichet.claims.web.api.TicketRequests.CustomerRequest;
import guichet.claims.web.api.TicketRequests.EditTicketRequest;
import guichet.claims.web.api.TicketRequests.MessageRequest;
import guichet.claims.web.api.TicketRequests.OpenTicketRequest;
import guichet.claims.web.api.TicketRequests.ReminderRequest;
import guichet.claims.web.api.TicketRequests.StatusRequest;
import guichet.claims.web.api.TicketResponses.CountsResponse;
import guichet.claims.web.api.TicketResponses.SettingsResponse;
import guichet.claims.web.api.TicketResponses.SimilarResponse;
import guichet.claims.web.api.TicketResponses.TicketDetailResponse;
import guichet.claims.web.api.TicketResponses.TicketResponse;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.Customers;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SaleId;
import guichet.platform.ids.UserId;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tickets.Ticket;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff's side of the claims API: what the ticket pages do (list with the same filters, a ticket with its notes
 * and timeline, open, write, change status and fields, assign, remind, attach a customer), the dashboard's counts,
 * similar resolved tickets and the tenant's statuses, types and priorities. Within the user's access, like the pages.
 */
@RestController
@Tag(name = "Claims (staff)", description = "Tickets as the tenant's staff work them")
@RequiresPermission(ClaimsModule.VIEW)
@RequestMapping("/api/claims")
class ClaimsApiController {

    private static final Set<String> SORTABLE = Set.of(
            "number",
            "title",
            "createdAt",
            "customerName",
            "status",
            "priority",
            "type",
            "assigneeNames",
            "lastActivityBy",
            "resolutionDueAt",
            "updatedAt");

    private final TicketReading reading;
    private final TicketAccess access;
    private final ServiceDesk desk;
    private final TicketEditing editing;
    private final ClaimSettings settings;
    private final Customers customers;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final TicketAudiences audiences;
    private final Clock clock;

    ClaimsApiController(
            TicketReading reading,
            TicketAccess access,
            ServiceDesk desk,
            TicketEditing editing,
            ClaimSettings settings,
            Customers customers,
            CurrentUser currentUser,
            CurrentTenant tenant,
            TicketAudiences audiences,
            Clock clock) {
        this.reading = reading;
        this.access = access;
        this.desk = desk;
        this.editing = editing;
        this.settings = settings;
        this.customers = customers;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.audiences = audiences;
        this.clock = clock;
    }

    /** Tickets, latest activity first, filtered like the staff list ({@code view}, {@code status}, {@code q}…). */
    @GetMapping
    @Operation(summary = "Tickets within the user's access, filtered and sorted like the staff list")
    PageResponse<TicketResponse> list(@ModelAttribute TicketFilter filter, ListQuery paging) {
        GuichetUser user = currentUser.require();
        TicketAudiences.Narrowed narrowed = audiences.narrow(
                filter.toQuery(access.of(user), user.id(), tenant.zoneId(), clock.instant()), filter.getAudience());
        if (narrowed.tooLarge()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "The audience holds more than " + TicketAudiences.LIMIT + " customers");
        }
        TicketQuery query = narrowed.query();
        Vocabulary vocabulary = settings.vocabulary();
        return PageResponse.of(
                reading.page(query, paging.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"))),
                ticket -> TicketResponse.of(ticket, vocabulary));
    }

    @GetMapping("/{number}")
    @Operation(summary = "A ticket with its messages, hidden notes and timeline")
    TicketDetailResponse get(@PathVariable String number) {
        return TicketDetailResponse.of(reading.view(ticket(number), true), settings.vocabulary());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(ClaimsModule.CREATE)
    @Operation(summary = "Opens a ticket on behalf of a customer")
    TicketDetailResponse open(@RequestBody OpenTicketRequest request) {
        GuichetUser user = currentUser.require();
        CustomerAccess visible = access.of(user);
        if (request.customerId() == null
                || customers
                        .find(new CustomerId(request.customerId()))
                        .filter(visible::allows)
                        .isEmpty()) {
            throw new TicketRejected("claims.error.customerRequired");
        }
        List<UUID> assignees =
                request.assigneeIds() == null || !user.can(ClaimsModule.ASSIGN) ? List.of() : request.assigneeIds();
        Claim ticket = desk.open(
                new Opening(
                        Ticket.Channel.API,
                        request.title(),
                        request.description(),
                        new CustomerId(request.customerId()),
                        request.productId() == null ? null : new ProductId(request.productId()),
                        request.saleId() == null ? null : new SaleId(request.saleId()),
                        request.type(),
                        request.priority(),
                        null,
                        assignees.stream().map(UserId::new).toList(),
                        request.hiddenNote(),
                        null,
                        null),
                Actor.of(user));
        return get(ticket.number());
    }

    @PostMapping("/{number}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(ClaimsModule.REPLY)
    @Operation(summary = "Writes on a ticket: a public reply, a hidden note or a request for precision")
    TicketDetailResponse write(@PathVariable String number, @RequestBody MessageRequest request) {
        Claim ticket = ticket(number);
        Actor me = Actor.of(currentUser.require());
        switch (request.kind() == null ? "reply" : request.kind()) {
            case "note" -> Conflicts.retried(() -> desk.note(ticket, request.body(), me));
            case "precision" -> Conflicts.retried(() -> desk.askPrecision(ticket, request.body(), me));
            case "reply" -> Conflicts.retried(() -> desk.reply(ticket, request.body(), me));
            default -> throw new TicketRejected("claims.error.kind");
        }
        if (request.mentionIds() != null && !request.mentionIds().isEmpty()) {
            editing.mention(
                    ticket, request.mentionIds().stream().map(UserId::new).toList(), me);
        }
        return get(number);
    }

    @PostMapping("/{number}/status")
    @RequiresPermission(ClaimsModule.REPLY)
    @Operation(summary = "Changes a ticket's status, or resolves, closes, reopens or cancels it")
    TicketDetailResponse status(@PathVariable String number, @RequestBody StatusRequest request) {
        Claim ticket = ticket(number);
        Actor me = Actor.of(currentUser.require());
        String action = request.action() == null ? "" : request.action();
        switch (action) {
            case "resolve" -> desk.resolve(ticket, me);
            case "close" -> desk.close(ticket, me);
            case "reopen" -> desk.reopen(ticket, me);
            case "cancel" -> desk.cancel(ticket, request.reason() == null ? "" : request.reason(), me);
            default -> desk.changeStatus(ticket, request.status() == null ? "" : request.status(), me);
        }
        return get(number);
    }

    @PatchMapping("/{number}")
    @RequiresPermission(ClaimsModule.REPLY)
    @Operation(summary = "Changes a ticket's title, type, priority or product")
    TicketDetailResponse edit(@PathVariable String number, @RequestBody EditTicketRequest request) {
        editing.edit(
                ticket(number),
                request.title(),
                request.type(),
                request.priority(),
                request.productId() == null ? null : new ProductId(request.productId()),
                Actor.of(currentUser.require()));
        return get(number);
    }

    @PutMapping("/{number}/assignees")
    @RequiresPermission(ClaimsModule.ASSIGN)
    @Operation(summary = "Assigns a ticket to staff users, or to nobody")
    TicketDetailResponse assign(@PathVariable String number, @RequestBody AssigneesRequest request) {
        editing.assign(
                ticket(number),
                request.assigneeIds().stream().map(UserId::new).toList(),
                Actor.of(currentUser.require()));
        return get(number);
    }

    @PostMapping("/{number}/reminders")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(ClaimsModule.REPLY)
    @Operation(summary = "Sets a reminder on a ticket")
    TicketDetailResponse remind(@PathVariable String number, @RequestBody ReminderRequest request) {
        editing.remind(ticket(number), request.dueAt(), request.note(), Actor.of(currentUser.require()));
        return get(number);
    }

    @PutMapping("/{number}/customer")
    @RequiresPermission(ClaimsModule.REPLY)
    @Operation(summary = "Attaches a ticket to the right customer")
    TicketDetailResponse attach(@PathVariable String number, @RequestBody CustomerRequest request) {
        CustomerAccess visible = access.of(currentUser.require());
        CustomerId customer = customers
                .find(new CustomerId(request.customerId()))
                .filter(visible::allows)
                .orElseThrow(() -> new TicketRejected("claims.error.customer"))
                .id();
        editing.attachCustomer(ticket(number), customer, Actor.of(currentUser.require()));
        return get(number);
    }

    /** The dashboard's counts, within the user's access. */
    @GetMapping("/dashboard")
    @Operation(summary = "The dashboard's counts")
    CountsResponse dashboard() {
        TicketQuery all = TicketQuery.all(access.of(currentUser.require()));
        Instant now = clock.instant();
        return new CountsResponse(
                reading.count(all.withCategories(EnumSet.of(Ticket.Category.NEW))),
                reading.count(all.withCategories(EnumSet.of(Ticket.Category.IN_PROGRESS))),
                reading.count(all.withCategories(EnumSet.of(Ticket.Category.WAITING))),
                reading.count(all.withOverdueBefore(now)),
                reading.count(all.withClosedFrom(LocalDate.ofInstant(now, tenant.zoneId())
                        .atStartOfDay(tenant.zoneId())
                        .toInstant())));
    }

    /** Resolved tickets like a draft, with their resolutions (seed 002). */
    @GetMapping("/similar")
    @Operation(summary = "Resolved tickets similar to a draft, with their resolution")
    List<SimilarResponse> similar(@RequestParam(defaultValue = "") String text) {
        return reading.similar(text, access.of(currentUser.require()), 10).stream()
                .map(SimilarResponse::of)
                .toList();
    }

    /** The tenant's statuses (with their categories), types and priorities. */
    @GetMapping("/settings")
    @Operation(summary = "The tenant's statuses, types and priorities")
    SettingsResponse settings() {
        return SettingsResponse.of(settings.vocabulary());
    }

    private Claim ticket(String number) {
        return access.require(number, currentUser.require());
    }
}
