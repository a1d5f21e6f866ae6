package guichet.claims.web;

import guichet.claims.Actor;
import guichet.claims.ClaimsModule;
import guichet.claims.ServiceDesk;
import guichet.claims.TicketAccess;
import guichet.claims.TicketEditing;
import guichet.claims.TicketReading;
import guichet.claims.TicketRejected;
import guichet.claims.attachments.Attachments;
import guichet.claims.desk.Claim;
import guichet.claims.desk.Message;
import guichet.claims.settings.CannedReply;
import guichet.claims.settings.ClaimSettings;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.customers.Customers;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.search.SearchEngine;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A ticket as the staff works on it: its messages and timeline, the reply, precision and hidden note form with canned
 * replies and mentions, fields, status, assignment, reminder, and attaching the right customer (seed 003). A refused
 * action shows the page again with what was typed and why.
 */
@Controller
@RequiresPermission(ClaimsModule.REPLY)
class TicketPageController {

    static final String PAGE = "claims/ticket";

    private final TicketAccess access;
    private final TicketReading reading;
    private final ServiceDesk desk;
    private final TicketEditing editing;
    private final ClaimSettings settings;
    private final Customers customers;
    private final SearchEngine search;
    private final Users users;
    private final ProductChoices choices;
    private final SiteAndProductNames places;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final Uploads uploads;
    private final Attachments attachments;

    TicketPageController(
            TicketAccess access,
            TicketReading reading,
            ServiceDesk desk,
            TicketEditing editing,
            ClaimSettings settings,
            Customers customers,
            SearchEngine search,
            Users users,
            ProductChoices choices,
            SiteAndProductNames places,
            CurrentUser currentUser,
            CurrentTenant tenant,
            Clock clock,
            Uploads uploads,
            Attachments attachments) {
        this.access = access;
        this.reading = reading;
        this.desk = desk;
        this.editing = editing;
        this.settings = settings;
        this.customers = customers;
        this.search = search;
        this.users = users;
        this.choices = choices;
        this.places = places;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.clock = clock;
        this.uploads = uploads;
        this.attachments = attachments;
    }

    @GetMapping("/claims/{number}")
    @RequiresPermission(ClaimsModule.VIEW)
    String show(@PathVariable String number, @RequestParam(required = false) @Nullable String find, Model model) {
        Claim ticket = ticket(number);
        return page(ticket, model, "", find);
    }

    @PostMapping("/claims/{number}/messages")
    String write(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "reply") String intent,
            @RequestParam(required = false) @Nullable UUID canned,
            @RequestParam(required = false) @Nullable List<UUID> mentions,
            @RequestParam(required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes flash) {
        Claim ticket = ticket(number);
        if ("canned".equals(intent)) {
            String filled = canned == null
                    ? ""
                    : settings.cannedReply(canned)
                            .filter(CannedReply::active)
                            .map(reply -> fill(reply, ticket))
                            .orElse("");
            String draft = body.isBlank() ? filled : body.stripTrailing() + "\n\n" + filled;
            return page(ticket, model, draft, null);
        }
        Actor me = Actor.of(currentUser.require());
        try {
            Message written = uploads.together(() -> {
                Message message = switch (intent) {
                    case "note" -> desk.note(ticket, body, me);
                    case "precision" -> desk.askPrecision(ticket, body, me);
                    default -> desk.reply(ticket, body, me);
                };
                uploads.attach(ticket, message.id(), files, message.hidden(), me.user());
                return message;
            });
            if (mentions != null && !mentions.isEmpty()) {
                editing.mention(ticket, mentions.stream().map(UserId::new).toList(), me);
            }
            flash.addFlashAttribute("notice", "note".equals(intent) ? "claims.noted" : "claims.replied");
            return "redirect:/claims/" + number + "#m-" + written.id();
        } catch (TicketRejected rejected) {
            model.addAttribute("problem", rejected.messageKey());
            return page(ticket, model, body, null);
        }
    }

    @PostMapping("/claims/{number}/fields")
    String edit(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String priority,
            @RequestParam(required = false) @Nullable UUID product,
            @RequestParam(required = false) @Nullable UUID site,
            Model model,
            RedirectAttributes flash) {
        return act(
                number,
                model,
                flash,
                "claims.updated",
                (ticket, me) -> editing.edit(
                        ticket,
                        title,
                        type,
                        priority,
                        product == null ? null : new ProductId(product),
                        site == null ? null : new SiteId(site),
                        me));
    }

    @PostMapping("/claims/{number}/status")
    String status(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes flash) {
        return act(number, model, flash, "claims.updated", (ticket, me) -> {
            switch (action) {
                case "resolve" -> desk.resolve(ticket, me);
                case "close" -> desk.close(ticket, me);
                case "reopen" -> desk.reopen(ticket, me);
                case "cancel" -> desk.cancel(ticket, reason, me);
                default -> desk.changeStatus(ticket, status, me);
            }
        });
    }

    @PostMapping("/claims/{number}/assignees")
    @RequiresPermission(ClaimsModule.ASSIGN)
    String assign(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable List<UUID> assignees,
            Model model,
            RedirectAttributes flash) {
        List<UserId> chosen = assignees == null
                ? List.of()
                : assignees.stream().map(UserId::new).toList();
        return act(number, model, flash, "claims.assigned", (ticket, me) -> editing.assign(ticket, chosen, me));
    }

    @PostMapping("/claims/{number}/reminders")
    String remind(
            @PathVariable String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
                    LocalDateTime due,
            @RequestParam(required = false) @Nullable String note,
            Model model,
            RedirectAttributes flash) {
        return act(number, model, flash, "claims.reminderSet", (ticket, me) -> {
            if (due == null) {
                throw new TicketRejected("claims.error.reminderDate");
            }
            editing.remind(ticket, due.atZone(tenant.zoneId()).toInstant(), note, me);
        });
    }

    /** Attaches the right customer (seed 003), chosen among the customers the user may see. */
    @PostMapping("/claims/{number}/customer")
    String attach(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable UUID customer,
            Model model,
            RedirectAttributes flash) {
        CustomerAccess visible = access.of(currentUser.require());
        return act(number, model, flash, "claims.customerAttached", (ticket, me) -> {
            Customer chosen = customer == null
                    ? null
                    : customers
                            .find(new CustomerId(customer))
                            .filter(visible::allows)
                            .orElse(null);
            if (chosen == null) {
                throw new TicketRejected("claims.error.customer");
            }
            editing.attachCustomer(ticket, chosen.id(), me);
        });
    }

    /** Runs an action on a visible ticket, then back to it with a notice, or the page again with the problem. */
    private String act(String number, Model model, RedirectAttributes flash, String notice, TicketAction action) {
        Claim ticket = ticket(number);
        try {
            action.run(ticket, Actor.of(currentUser.require()));
            flash.addFlashAttribute("notice", notice);
            return "redirect:/claims/" + number;
        } catch (TicketRejected rejected) {
            model.addAttribute("problem", rejected.messageKey());
            return page(ticket, model, "", null);
        }
    }

    private String page(Claim ticket, Model model, String draft, @Nullable String find) {
        GuichetUser user = currentUser.require();
        TicketReading.TicketView view = reading.view(ticket, true);
        model.addAttribute("view", view);
        model.addAttribute("attachments", attachments.underMessages(ticket.id().value(), view.messages(), true));
        model.addAttribute("ticket", ticket);
        model.addAttribute("draft", draft);
        model.addAttribute(
                "canned",
                settings.cannedReplies().stream().filter(CannedReply::active).toList());
        model.addAttribute(
                "staff",
                users.findByKind(User.Kind.STAFF).stream().filter(User::active).toList());
        model.addAttribute("canAssign", user.can(ClaimsModule.ASSIGN));
        model.addAttribute("canReply", user.can(ClaimsModule.REPLY));
        model.addAttribute(
                "products",
                view.customer().isPresent()
                        ? choices.purchases(view.customer().get().id()).stream()
                                .map(ProductChoices.Purchase::product)
                                .distinct()
                                .toList()
                        : choices.onSale());
        // The agencies a demand may be moved to, for whoever may edit it (one statement).
        model.addAttribute("sites", user.can(ClaimsModule.REPLY) ? places.activeSites() : List.of());
        model.addAttribute("cancellable", settings.cancellation().isPresent());
        model.addAttribute(
                "similar",
                reading.similar(ticket.title(), access.of(user), 5).stream()
                        .filter(s -> !s.ticket().id().equals(ticket.id()))
                        .toList());
        model.addAttribute("find", find == null ? "" : find);
        model.addAttribute(
                "found",
                find == null || find.isBlank()
                        ? List.of()
                        : customers.inOrder(search.suggestCustomers(find, access.of(user), 10)));
        model.addAttribute("now", clock.instant());
        return PAGE;
    }

    private String fill(CannedReply reply, Claim ticket) {
        String customer = ticket.customer()
                .flatMap(customers::find)
                .map(Customer::displayName)
                .or(ticket::authorName)
                .orElse("");
        return reply.fill(
                customer, ticket.number(), ticket.title(), currentUser.require().displayName());
    }

    private Claim ticket(String number) {
        return access.require(number, currentUser.require());
    }

    /** An action on a ticket by someone. */
    @FunctionalInterface
    private interface TicketAction {
        void run(Claim ticket, Actor me);
    }
}
