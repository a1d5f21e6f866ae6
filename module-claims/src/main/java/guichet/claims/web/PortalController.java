package guichet.claims.web;

import guichet.claims.Actor;
import guichet.claims.Opening;
import guichet.claims.ServiceDesk;
import guichet.claims.TicketAccess;
import guichet.claims.TicketReading;
import guichet.claims.TicketRejected;
import guichet.claims.attachments.Attachments;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Message;
import guichet.claims.search.TicketQuery;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.SaleId;
import guichet.platform.tickets.Ticket;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageLinks;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's own tickets (seeds 001, 003, 004): all of them and their follow-up, those waiting for his answer, a
 * new one about a product he bought, and on each his reply at any time, closing, reopening and rating. A reseller also
 * sees his sub-customers'. Another customer's ticket, and every hidden note, stay out of sight.
 */
@Controller
@RequiresPermission(CorePermissions.PORTAL_ACCESS)
class PortalController {

    static final String LIST = "claims/portal/list";
    static final String PAGE = "claims/portal/ticket";
    static final String FORM = "claims/portal/new";

    private final TicketAccess access;
    private final TicketReading reading;
    private final ServiceDesk desk;
    private final ProductChoices choices;
    private final CurrentUser currentUser;
    private final Uploads uploads;
    private final Attachments attachments;

    PortalController(
            TicketAccess access,
            TicketReading reading,
            ServiceDesk desk,
            ProductChoices choices,
            CurrentUser currentUser,
            Uploads uploads,
            Attachments attachments) {
        this.access = access;
        this.reading = reading;
        this.desk = desk;
        this.choices = choices;
        this.currentUser = currentUser;
        this.uploads = uploads;
        this.attachments = attachments;
    }

    @GetMapping("/claims/my")
    String list(@RequestParam(defaultValue = "all") String show, ListQuery paging, Model model) {
        GuichetUser user = currentUser.require();
        TicketQuery query = TicketQuery.ofCustomer(access.of(user));
        String shown = switch (show) {
            case "waiting" -> "waiting";
            case "open" -> "open";
            case "closed" -> "closed";
            default -> "all";
        };
        query = switch (shown) {
            case "waiting" -> query.withAwaitingCustomer(true);
            case "open" ->
                query.withCategories(
                        EnumSet.of(Ticket.Category.NEW, Ticket.Category.IN_PROGRESS, Ticket.Category.WAITING));
            case "closed" -> query.withCategories(EnumSet.of(Ticket.Category.RESOLVED, Ticket.Category.CLOSED));
            default -> query;
        };
        Page<Claim> tickets = reading.page(
                query,
                paging.pageable(
                        Set.of("number", "title", "createdAt", "status", "updatedAt"),
                        Sort.by(Sort.Direction.DESC, "updatedAt")));
        model.addAttribute("tickets", tickets);
        model.addAttribute(
                "links", PageLinks.of("all".equals(shown) ? "/claims/my" : "/claims/my?show=" + shown, tickets));
        model.addAttribute("show", shown);
        model.addAttribute(
                "waitingCount",
                reading.count(TicketQuery.ofCustomer(access.of(user)).withAwaitingCustomer(true)));
        model.addAttribute("reseller", user.can(CorePermissions.PORTAL_SUB_CUSTOMERS));
        return LIST;
    }

    @GetMapping("/claims/my/new")
    String newTicket(@ModelAttribute("form") TicketForm form, Model model) {
        return form(form, model);
    }

    @PostMapping("/claims/my/new")
    String open(
            @ModelAttribute("form") TicketForm form,
            @RequestParam(required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes flash) {
        GuichetUser user = currentUser.require();
        CustomerId customer = user.customerId().orElseThrow(() -> new NotFound("Customer"));
        Actor me = Actor.of(user);
        try {
            Claim ticket = uploads.together(() -> {
                Claim opened = desk.open(
                        Opening.byCustomer(
                                Ticket.Channel.PORTAL,
                                form.getTitle(),
                                form.getDescription(),
                                customer,
                                null,
                                form.getSale() == null ? null : new SaleId(form.getSale()),
                                form.getType()),
                        me);
                uploads.attach(opened, null, files, false, me.user());
                return opened;
            });
            flash.addFlashAttribute("notice", "claims.opened");
            return "redirect:/claims/my/" + ticket.number();
        } catch (TicketRejected rejected) {
            model.addAttribute("problem", rejected.messageKey());
            return form(form, model);
        }
    }

    /** Resolved tickets of his own like the one he types (seed 002), as hints. */
    @GetMapping("/claims/my/similar")
    String similar(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        CustomerAccess visible = access.of(currentUser.require());
        model.addAttribute("similar", reading.similarForCustomer(title + " " + description, visible, 5));
        model.addAttribute("linkBase", "/claims/my/");
        return htmx == null ? NewTicketController.SIMILAR : NewTicketController.SIMILAR + " :: hints";
    }

    @GetMapping("/claims/my/{number}")
    String show(@PathVariable String number, Model model) {
        return page(ticket(number), model, "");
    }

    @PostMapping("/claims/my/{number}/messages")
    String reply(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes flash) {
        Claim ticket = ticket(number);
        Actor me = Actor.of(currentUser.require());
        try {
            uploads.together(() -> {
                Message written = desk.reply(ticket, body, me);
                uploads.attach(ticket, written.id(), files, false, me.user());
                return written;
            });
            flash.addFlashAttribute("notice", "claims.replied");
            return "redirect:/claims/my/" + number;
        } catch (TicketRejected rejected) {
            model.addAttribute("problem", rejected.messageKey());
            return page(ticket, model, body);
        }
    }

    @PostMapping("/claims/my/{number}/status")
    String status(@PathVariable String number, @RequestParam String action, Model model, RedirectAttributes flash) {
        Claim ticket = ticket(number);
        Actor me = Actor.of(currentUser.require());
        try {
            switch (action) {
                case "close" -> desk.close(ticket, me);
                case "resolve" -> desk.resolve(ticket, me);
                case "reopen" -> desk.reopen(ticket, me);
                default -> throw new TicketRejected("claims.error.status");
            }
            flash.addFlashAttribute("notice", "claims.updated");
            return "redirect:/claims/my/" + number;
        } catch (TicketRejected rejected) {
            model.addAttribute("problem", rejected.messageKey());
            return page(ticket, model, "");
        }
    }

    @PostMapping("/claims/my/{number}/rating")
    String rate(
            @PathVariable String number,
            @RequestParam(defaultValue = "0") int score,
            @RequestParam(required = false) @Nullable String comment,
            Model model,
            RedirectAttributes flash) {
        Claim ticket = ticket(number);
        try {
            desk.rate(ticket, score, comment, Actor.of(currentUser.require()));
            flash.addFlashAttribute("notice", "claims.rated");
            return "redirect:/claims/my/" + number;
        } catch (TicketRejected rejected) {
            model.addAttribute("problem", rejected.messageKey());
            return page(ticket, model, "");
        }
    }

    private String page(Claim ticket, Model model, String draft) {
        TicketReading.TicketView view = reading.view(ticket, false);
        model.addAttribute("view", view);
        model.addAttribute("attachments", attachments.underMessages(ticket.id().value(), view.messages(), false));
        model.addAttribute("ticket", ticket);
        model.addAttribute("draft", draft);
        return PAGE;
    }

    private String form(TicketForm form, Model model) {
        GuichetUser user = currentUser.require();
        model.addAttribute(
                "purchases", user.customerId().map(choices::purchases).orElse(java.util.List.of()));
        model.addAttribute(
                "similar",
                reading.similarForCustomer(form.getTitle() + " " + form.getDescription(), access.of(user), 5));
        model.addAttribute("linkBase", "/claims/my/");
        return FORM;
    }

    private Claim ticket(String number) {
        return access.require(number, currentUser.require());
    }
}
