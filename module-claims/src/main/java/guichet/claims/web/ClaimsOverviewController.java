package guichet.claims.web;

import guichet.claims.ClaimsModule;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.tickets.Ticket;
import guichet.platform.tickets.Tickets;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The tenant's tickets, most recent activity first. */
@Controller
@RequiresPermission(ClaimsModule.VIEW)
class ClaimsOverviewController {

    static final String VIEW = "claims/list";
    static final Set<String> SORTABLE = Set.of("number", "title", "status", "priority", "createdAt", "updatedAt");

    private final Tickets tickets;

    ClaimsOverviewController(Tickets tickets) {
        this.tickets = tickets;
    }

    @GetMapping("/claims")
    @Transactional(readOnly = true)
    String list(ListQuery query, Model model) {
        Pageable request = query.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"));
        Page<Ticket> shown = tickets.findAll(request);
        model.addAttribute("tickets", shown);
        model.addAttribute("links", PageLinks.of("/claims", shown));
        return VIEW;
    }
}
