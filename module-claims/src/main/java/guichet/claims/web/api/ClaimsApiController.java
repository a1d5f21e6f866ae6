package guichet.claims.web.api;

import guichet.platform.tickets.Ticket;
import guichet.platform.tickets.Tickets;
import guichet.platform.web.PageLinks;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading the current tenant's tickets. */
@RestController
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
    TicketPage list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        Page<TicketResponse> shown = tickets.findAll(
                        PageLinks.request(page, size, sort, dir, SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt")))
                .map(TicketResponse::of);
        return new TicketPage(shown.getContent(), shown.getNumber(), shown.getSize(), shown.getTotalElements());
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

    /** A page of tickets. */
    record TicketPage(List<TicketResponse> items, int page, int size, long total) {}
}
