package guichet.claims.web;

import guichet.claims.ClaimsModule;
import guichet.claims.TicketAccess;
import guichet.claims.TicketReading;
import guichet.claims.desk.Claim;
import guichet.claims.search.TicketQuery;
import guichet.claims.search.TicketSearch;
import guichet.platform.catalog.Product;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.filters.SavedFilterPanels;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.sites.Site;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tickets.Ticket;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff's lists of tickets (seed 003: title, number, creation date, customer, status, assignees, last update and
 * its author; latest activity first, sortable, filterable), the agent's recorded demands (seed 000) and the dashboard
 * that refreshes itself every minute (seed 003). Every list and count goes through the search port, within the
 * user's access: a sales rep sees his customers' tickets only.
 */
@Controller
@RequiresPermission(ClaimsModule.VIEW)
class TicketListController {

    static final String LIST = "claims/list";
    static final String DASHBOARD = "claims/dashboard";
    static final Set<String> SORTABLE = Set.of(
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
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final Users users;
    private final TicketAudiences audiences;
    private final SavedFilterPanels savedFilters;
    private final SiteAndProductNames names;
    private final ProductChoices choices;
    private final Clock clock;

    TicketListController(
            TicketReading reading,
            TicketAccess access,
            CurrentUser currentUser,
            CurrentTenant tenant,
            Users users,
            TicketAudiences audiences,
            SavedFilterPanels savedFilters,
            SiteAndProductNames names,
            ProductChoices choices,
            Clock clock) {
        this.reading = reading;
        this.access = access;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.users = users;
        this.audiences = audiences;
        this.savedFilters = savedFilters;
        this.names = names;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping("/claims")
    String list(
            @ModelAttribute("filter") TicketFilter filter,
            BindingResult malformed,
            ListQuery paging,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        GuichetUser user = currentUser.require();
        TicketAudiences.Narrowed narrowed = audiences.narrow(
                filter.toQuery(access.of(user), user.id(), tenant.zoneId(), clock.instant()), filter.getAudience());
        show(model, narrowed.query(), paging, filter.link("/claims"), htmx == null);
        model.addAttribute("savedFilters", savedFilters.of(ClaimsModule.TICKET_LIST, filter.link("/claims")));
        model.addAttribute("audienceTooLarge", narrowed.tooLarge());
        model.addAttribute("audienceLimit", TicketAudiences.LIMIT);
        model.addAttribute("audiences", audiences.available());
        model.addAttribute("exportLink", exportLink(filter, paging));
        model.addAttribute("staff", staff());
        model.addAttribute("atCounter", user.site() != null);
        model.addAttribute("recorded", false);
        return htmx == null ? LIST : LIST + " :: results";
    }

    /** The demands the agent recorded himself (seed 000: « visualiser les demandes qu'il a eu à enregistrer »). */
    @GetMapping("/claims/recorded")
    String recorded(ListQuery paging, Model model) {
        GuichetUser user = currentUser.require();
        TicketQuery all = TicketQuery.all(access.of(user));
        TicketQuery mine = new TicketQuery(
                null,
                all.access(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                null,
                false,
                null,
                null,
                user.id(),
                null,
                null,
                null,
                null,
                null,
                false);
        show(model, mine, paging, "/claims/recorded", false);
        model.addAttribute("filter", new TicketFilter());
        model.addAttribute("audienceTooLarge", false);
        model.addAttribute("audiences", List.of());
        model.addAttribute("staff", staff());
        model.addAttribute("atCounter", user.site() != null);
        model.addAttribute("recorded", true);
        return LIST;
    }

    /** Counts and latest activity; HTMX asks for the board alone every minute. */
    @GetMapping("/claims/dashboard")
    String dashboard(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        GuichetUser user = currentUser.require();
        CustomerAccess visible = access.of(user);
        TicketQuery all = TicketQuery.all(visible);
        Instant now = clock.instant();
        ZoneId zone = tenant.zoneId();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("new", reading.count(all.withCategories(EnumSet.of(Ticket.Category.NEW))));
        counts.put("inProgress", reading.count(all.withCategories(EnumSet.of(Ticket.Category.IN_PROGRESS))));
        counts.put("waiting", reading.count(all.withCategories(EnumSet.of(Ticket.Category.WAITING))));
        counts.put("overdue", reading.count(all.withOverdueBefore(now)));
        counts.put(
                "closedToday",
                reading.count(all.withClosedFrom(
                        LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant())));
        model.addAttribute("counts", counts);
        TicketQuery open = all.withCategories(
                EnumSet.of(Ticket.Category.NEW, Ticket.Category.IN_PROGRESS, Ticket.Category.WAITING));
        Page<Claim> latest = reading.page(open, Pageable.ofSize(10));
        model.addAttribute("tickets", latest);
        model.addAttribute("refreshedAt", now);
        return htmx == null ? DASHBOARD : DASHBOARD + " :: board";
    }

    /** A page of the list; {@code withFilters} when its filter form is shown too (not to HTMX, not on « recorded »). */
    private void show(Model model, TicketQuery query, ListQuery paging, String base, boolean withFilters) {
        Pageable request = paging.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"));
        Page<Claim> shown = reading.page(query, request);
        model.addAttribute("tickets", shown);
        model.addAttribute("links", PageLinks.of(base, shown));
        model.addAttribute("capped", TicketSearch.isCapped(shown, query));
        model.addAttribute("countCap", TicketSearch.countCap(query));
        model.addAttribute("uncounted", TicketSearch.isUncounted(shown, query));
        model.addAttribute("now", clock.instant());
        named(model, shown.getContent(), withFilters);
    }

    /**
     * The agencies and products the list filters on, and those of its rows beside each (issue 16). The filter form
     * costs the tenant's open sites and its products on sale, a statement each; the rows' names are taken from them,
     * and only those they lack are read, one statement for the page's sites and one for its products, none when no row
     * has one: a tenant without sites or products refreshes its list as cheaply as before. A column shows when a row
     * has an agency, or a product.
     */
    private void named(Model model, List<Claim> page, boolean withFilters) {
        List<Site> sites = withFilters ? names.activeSites() : List.of();
        List<Product> products = withFilters ? choices.onSale() : List.of();
        SiteAndProductNames.Names shown = names.of(page, sites, products);
        model.addAttribute("sites", sites);
        model.addAttribute("products", products);
        model.addAttribute("names", shown);
    }

    /** The CSV export of this list: the same filters and sort. */
    static String exportLink(TicketFilter filter, ListQuery paging) {
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(filter.link("/claims/export.csv"));
        if (paging.sort() != null && SORTABLE.contains(paging.sort())) {
            link.queryParam("sort", paging.sort())
                    .queryParam("dir", "desc".equalsIgnoreCase(paging.dir()) ? "desc" : "asc");
        }
        return link.build().toUriString();
    }

    private List<User> staff() {
        return users.findByKind(User.Kind.STAFF).stream().filter(User::active).toList();
    }
}
