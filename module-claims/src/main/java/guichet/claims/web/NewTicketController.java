package guichet.claims.web;

import guichet.claims.Actor;
import guichet.claims.ClaimsModule;
import guichet.claims.Opening;
import guichet.claims.ServiceDesk;
import guichet.claims.TicketAccess;
import guichet.claims.TicketReading;
import guichet.claims.TicketRejected;
import guichet.claims.desk.Claim;
import guichet.claims.settings.CannedReply;
import guichet.claims.settings.ClaimSettings;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.Customers;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SaleId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.search.SearchEngine;
import guichet.platform.tickets.Ticket;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opening a ticket on behalf of a customer (seed 003: customer, title, message, type, priority, assignment, canned
 * replies, hidden note), and the counter demand an agent records for a walk-in client at his agency (seed 000: the
 * agent, his agency, the service asked, the client found by his customer number; it generates the ticket). While the
 * title and description are typed, resolved tickets like it are suggested (seed 002).
 */
@Controller
@RequiresPermission(ClaimsModule.CREATE)
class NewTicketController {

    static final String FORM = "claims/new";
    static final String SIMILAR = "claims/similar";

    private final ServiceDesk desk;
    private final TicketAccess access;
    private final TicketReading reading;
    private final ClaimSettings settings;
    private final Customers customers;
    private final Products products;
    private final SearchEngine search;
    private final Users users;
    private final ProductChoices choices;
    private final CurrentUser currentUser;
    private final Uploads uploads;
    private final CounterAgency agency;

    NewTicketController(
            ServiceDesk desk,
            TicketAccess access,
            TicketReading reading,
            ClaimSettings settings,
            Customers customers,
            Products products,
            SearchEngine search,
            Users users,
            ProductChoices choices,
            CurrentUser currentUser,
            Uploads uploads,
            CounterAgency agency) {
        this.desk = desk;
        this.access = access;
        this.reading = reading;
        this.settings = settings;
        this.customers = customers;
        this.products = products;
        this.search = search;
        this.users = users;
        this.choices = choices;
        this.currentUser = currentUser;
        this.uploads = uploads;
        this.agency = agency;
    }

    @GetMapping("/claims/new")
    String newTicket(@ModelAttribute("form") TicketForm form, Model model) {
        return form(form, false, model);
    }

    @PostMapping("/claims/new")
    String open(
            @ModelAttribute("form") TicketForm form,
            @RequestParam(defaultValue = "open") String intent,
            @RequestParam(required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes flash) {
        return submit(form, intent, false, files, model, flash);
    }

    @GetMapping("/claims/counter")
    String counter(@ModelAttribute("form") TicketForm form, Model model) {
        return form(form, true, model);
    }

    @PostMapping("/claims/counter")
    String record(
            @ModelAttribute("form") TicketForm form,
            @RequestParam(defaultValue = "open") String intent,
            @RequestParam(required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes flash) {
        return submit(form, intent, true, files, model, flash);
    }

    /** Resolved tickets like the one being typed; HTMX asks for the hints alone. */
    @GetMapping("/claims/similar")
    @RequiresPermission(ClaimsModule.VIEW)
    String similar(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        CustomerAccess visible = access.of(currentUser.require());
        model.addAttribute("similar", reading.similar(title + " " + description, visible, 5));
        model.addAttribute("linkBase", "/claims/");
        return htmx == null ? SIMILAR : SIMILAR + " :: hints";
    }

    private String submit(
            TicketForm form,
            String intent,
            boolean counter,
            @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes flash) {
        GuichetUser user = currentUser.require();
        if (counter && !agency.open(user)) {
            return form(form, true, model);
        }
        Optional<Customer> customer = chosenCustomer(form, access.of(user));
        if ("canned".equals(intent) && form.getCanned() != null) {
            settings.cannedReply(form.getCanned()).filter(CannedReply::active).ifPresent(reply -> {
                String filled = reply.fill(
                        customer.map(Customer::displayName).orElse(""), "", form.getTitle(), user.displayName());
                form.setDescription(
                        form.getDescription().isBlank()
                                ? filled
                                : form.getDescription().stripTrailing() + "\n\n" + filled);
            });
        }
        SiteId site = counter ? agency.of(user, form.getSite()) : null;
        if (!"open".equals(intent) || customer.isEmpty() || (counter && site == null)) {
            if ("open".equals(intent)) {
                model.addAttribute(
                        "problem",
                        customer.isEmpty() ? "claims.error.customerRequired" : "claims.counter.error.agency");
            }
            return form(form, counter, model);
        }
        ProductId product = form.getProduct() == null
                ? null
                : products.find(new ProductId(form.getProduct()))
                        .map(Product::id)
                        .orElse(null);
        boolean assigns = user.can(ClaimsModule.ASSIGN);
        Opening opening = new Opening(
                counter ? Ticket.Channel.COUNTER : Ticket.Channel.STAFF,
                form.getTitle(),
                form.getDescription(),
                customer.get().id(),
                product,
                counter || form.getSale() == null ? null : new SaleId(form.getSale()),
                form.getType(),
                form.getPriority(),
                site,
                assigns ? form.getAssignees().stream().map(UserId::new).toList() : List.of(),
                counter ? null : form.getNote(),
                null,
                null);
        try {
            Actor me = Actor.of(user);
            Claim ticket = uploads.together(() -> {
                Claim opened = desk.open(opening, me);
                uploads.attach(opened, null, files, false, me.user());
                return opened;
            });
            flash.addFlashAttribute("notice", "claims.opened");
            return "redirect:/claims/" + ticket.number();
        } catch (TicketRejected rejected) {
            model.addAttribute("problem", rejected.messageKey());
            return form(form, counter, model);
        }
    }

    /**
     * The customer chosen: by id among the matches, or the only customer the typed words (a customer number at the
     * counter, seed 000) find; within what the user may see.
     */
    private Optional<Customer> chosenCustomer(TicketForm form, CustomerAccess visible) {
        if (form.getCustomer() != null) {
            return customers.find(new CustomerId(form.getCustomer())).filter(visible::allows);
        }
        if (form.getFind().isBlank()) {
            return Optional.empty();
        }
        Optional<Customer> byNumber = customers
                .findByNumber(form.getFind().strip().toUpperCase(java.util.Locale.ROOT))
                .filter(visible::allows);
        if (byNumber.isPresent()) {
            return byNumber;
        }
        List<Customer> found = customers.inOrder(search.suggestCustomers(form.getFind(), visible, 2));
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    private String form(TicketForm form, boolean counter, Model model) {
        GuichetUser user = currentUser.require();
        model.addAttribute("counter", counter);
        if (counter && !agency.open(user)) {
            model.addAttribute("noAgency", true);
            return FORM;
        }
        model.addAttribute("noAgency", false);
        model.addAttribute("agencies", counter ? agency.choices(user) : List.of());
        CustomerAccess visible = access.of(user);
        Optional<Customer> chosen = chosenCustomer(form, visible);
        chosen.ifPresent(c -> form.setCustomer(c.id().value()));
        model.addAttribute("chosen", chosen.orElse(null));
        model.addAttribute(
                "found",
                chosen.isEmpty() && !form.getFind().isBlank()
                        ? customers.inOrder(search.suggestCustomers(form.getFind(), visible, 10))
                        : List.of());
        model.addAttribute(
                "purchases", chosen.map(c -> choices.purchases(c.id())).orElse(List.of()));
        model.addAttribute("services", counter ? choices.services() : List.of());
        model.addAttribute("canAssign", user.can(ClaimsModule.ASSIGN));
        model.addAttribute(
                "staff",
                users.findByKind(User.Kind.STAFF).stream().filter(User::active).toList());
        model.addAttribute(
                "canned",
                settings.cannedReplies().stream().filter(CannedReply::active).toList());
        model.addAttribute("similar", reading.similar(form.getTitle() + " " + form.getDescription(), visible, 5));
        model.addAttribute("linkBase", "/claims/");
        return FORM;
    }
}
