package guichet.claims.web.api;

import guichet.claims.ClaimsModule;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.tickets.Ticket;
import guichet.platform.tickets.Tickets;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageResponse;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading the current tenant's tickets. */
@RestController
@RequiresPermission(ClaimsModule.VIEW)
@RequestMapping("/api/claims")
class ClaimsApiController {

    private static final Set<String> SORTABLE =
            Set.of("number", "title", "status", "priority", "createdAt", "updatedAt");

    private final Tickets tickets;

    ClaimsApiController(Tickets tickets) {
        this.tickets = tickets;
    }

    @GetMapping
    @Transactional(readOnly = true)
    PageResponse<TicketResponse> list(ListQuery query) {
        return PageResponse.of(
                tickets.findAll(query.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"))),
                TicketResponse::of);
    }

    /** A ticket as the API shows it. */
    record TicketResponse(
            UUID id,
            String number,
            String title,
            String status,
            String priority,
            @Nullable UUID customerId,
            Instant createdAt,
            Instant updatedAt) {

        static TicketResponse of(Ticket ticket) {
            return new TicketResponse(
                    ticket.id().value(),
                    ticket.number(),
                    ticket.title(),
                    ticket.status(),
                    ticket.priority(),
                    ticket.customer().map(c -> c.value()).orElse(null),
                    ticket.createdAt(),
                    ticket.updatedAt());
        }
    }
}
