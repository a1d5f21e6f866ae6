package guichet.claims;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.claims.desk.Reminder;
import guichet.claims.desk.Reminders;
import guichet.claims.desk.SlaClocks;
import guichet.claims.desk.TimelineEntry;
import guichet.claims.desk.TimelineEntry.Action;
import guichet.claims.settings.ClaimSettings;
import guichet.claims.settings.SlaPolicy;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.customers.Customer;
import guichet.platform.customers.Customers;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.text.Typed;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's changes to a ticket's fields (seed 003: « tous les tickets seront modifiables »), each recorded in its
 * timeline from → to: title, type, priority (with its SLA targets), product, the agency a demand was recorded at,
 * customer, assignees; mentions and reminders.
 */
@Service
@Transactional
public class TicketEditing {

    private final Claims tickets;
    private final Customers customers;
    private final Products products;
    private final Sites sites;
    private final Users users;
    private final Reminders reminders;
    private final SlaClocks clocks;
    private final ClaimSettings settings;
    private final TicketJournal journal;
    private final ClaimNotices notices;
    private final Clock clock;

    TicketEditing(
            Claims tickets,
            Customers customers,
            Products products,
            Sites sites,
            Users users,
            Reminders reminders,
            SlaClocks clocks,
            ClaimSettings settings,
            TicketJournal journal,
            ClaimNotices notices,
            Clock clock) {
        this.tickets = tickets;
        this.customers = customers;
        this.products = products;
        this.sites = sites;
        this.users = users;
        this.reminders = reminders;
        this.clocks = clocks;
        this.settings = settings;
        this.journal = journal;
        this.notices = notices;
        this.clock = clock;
    }

    /** Changes the fields given (null: unchanged), each change in the timeline. */
    public void edit(
            Claim given,
            @Nullable String title,
            @Nullable String type,
            @Nullable String priority,
            @Nullable ProductId product,
            Actor by) {
        edit(given, title, type, priority, product, null, by);
    }

    /**
     * Changes the fields given (null: unchanged), each change in the timeline, and corrects the agency the demand was
     * recorded at (issue 16), one of the tenant's open sites; the customer is not shown that correction.
     */
    public void edit(
            Claim given,
            @Nullable String title,
            @Nullable String type,
            @Nullable String priority,
            @Nullable ProductId product,
            @Nullable SiteId site,
            Actor by) {
        Claim ticket = attached(given);
        Instant now = clock.instant();
        List<TimelineEntry> changes = new ArrayList<>();
        if (title != null && !title.strip().equals(ticket.title())) {
            String newTitle = TicketTexts.title(title);
            changes.add(change(ticket, by, now, "title", ticket.title(), newTitle, true));
            ticket.retitle(newTitle, now);
        }
        String newType = type == null ? null : type.isBlank() ? "" : type;
        boolean retarget = false;
        if (newType != null && !newType.equals(ticket.type().orElse(""))) {
            if (!newType.isEmpty() && settings.type(newType).isEmpty()) {
                throw new TicketRejected("claims.error.type");
            }
            changes.add(change(ticket, by, now, "type", ticket.type().orElse(null), Typed.orNull(newType), true));
            ticket.changeType(Typed.orNull(newType), now);
            retarget = true;
        }
        if (priority != null && !priority.isBlank() && !priority.equals(ticket.priority())) {
            if (settings.priority(priority).isEmpty()) {
                throw new TicketRejected("claims.error.priority");
            }
            changes.add(change(ticket, by, now, "priority", ticket.priority(), priority, false));
            ticket.changePriority(priority, now);
            retarget = true;
        }
        if (product != null && !ticket.product().filter(product::equals).isPresent()) {
            Product chosen = products.find(product).orElseThrow(() -> new TicketRejected("claims.error.product"));
            String before =
                    ticket.product().flatMap(products::find).map(Product::name).orElse(null);
            changes.add(change(ticket, by, now, "product", before, chosen.name(), true));
            ticket.concern(chosen.id(), null, now);
        }
        if (site != null && !ticket.site().filter(site::equals).isPresent()) {
            Site chosen =
                    sites.find(site).filter(Site::active).orElseThrow(() -> new TicketRejected("claims.error.site"));
            String before = ticket.site().flatMap(sites::find).map(Site::name).orElse(null);
            changes.add(change(ticket, by, now, "site", before, chosen.name(), false));
            ticket.recordedAt(chosen.id());
        }
        if (retarget) {
            SlaPolicy policy =
                    settings.policyFor(ticket.priority(), ticket.type().orElse(null));
            clocks.findById(ticket.id().value()).ifPresent(sla -> {
                sla.retarget(policy.firstResponseMinutes(), policy.resolutionMinutes());
                sla.follow(ticket, settings.calendar(), now);
                clocks.save(sla);
            });
        }
        if (!changes.isEmpty()) {
            for (TimelineEntry entry : changes) {
                journal.save(ticket, entry, entry.field() + ": " + entry.fromValue() + " → " + entry.toValue());
            }
            journal.reindex(ticket);
        }
    }

    /**
     * Attaches the right customer to a ticket (seed 003: a ticket e-mailed from an unknown address is attached by an
     * agent or a sales rep), or moves it to another customer.
     */
    public void attachCustomer(Claim given, CustomerId customer, Actor by) {
        Claim ticket = attached(given);
        Customer chosen = customers
                .find(customer)
                .filter(c -> !c.isMerged())
                .orElseThrow(() -> new TicketRejected("claims.error.customer"));
        if (ticket.customer().filter(customer::equals).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        String before = ticket.customer()
                .flatMap(customers::find)
                .map(Customer::displayName)
                .orElse(null);
        TimelineEntry entry = journal.record(ticket, by, Action.CUSTOMER_ATTACHED, false, now)
                .change("customer", before, chosen.displayName());
        ticket.attachTo(chosen.id(), now);
        journal.save(ticket, entry, chosen.displayName());
        journal.reindex(ticket);
    }

    /** Assigns the ticket to these staff users, or to nobody (seeds 001 and 003); the newly assigned are told. */
    public void assign(Claim given, List<UserId> staff, Actor by) {
        Claim ticket = attached(given);
        List<User> chosen = staffUsers(staff);
        List<UserId> before = ticket.assignees();
        List<UserId> after = chosen.stream().map(User::id).toList();
        if (before.equals(after)) {
            return;
        }
        Instant now = clock.instant();
        String names = chosen.stream().map(User::displayName).collect(Collectors.joining(", "));
        TimelineEntry entry = journal.record(ticket, by, Action.ASSIGNED, false, now)
                .change("assignees", ticket.assigneeNames().orElse(null), names.isEmpty() ? null : names);
        ticket.assign(after, names);
        journal.save(ticket, entry, names);
        List<UserId> added = after.stream().filter(id -> !before.contains(id)).toList();
        if (!added.isEmpty()) {
            notices.assigned(ticket, added, by);
        }
    }

    /** Mentions staff users on the ticket so that they are told (seed 001: « utilisateurs à identifier »). */
    public void mention(Claim given, List<UserId> staff, Actor by) {
        Claim ticket = attached(given);
        List<User> chosen = staffUsers(staff);
        if (chosen.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String names = chosen.stream().map(User::displayName).collect(Collectors.joining(", "));
        TimelineEntry entry =
                journal.record(ticket, by, Action.MENTIONED, false, now).change("mentions", null, names);
        journal.save(ticket, entry, names);
        notices.mentioned(ticket, chosen.stream().map(User::id).toList(), by);
    }

    /** A reminder at a date and time (seed 001, « GTR »); the job tells whoever set it when it falls due. */
    public Reminder remind(Claim given, Instant due, @Nullable String note, Actor by) {
        Claim ticket = attached(given);
        Instant now = clock.instant();
        if (!due.isAfter(now)) {
            throw new TicketRejected("claims.error.reminderPast");
        }
        if (note != null && note.length() > 500) {
            throw new TicketRejected("claims.error.reminderNote");
        }
        Reminder reminder = reminders.save(new Reminder(ticket.id(), due, note, by.user(), by.name(), now));
        TimelineEntry entry =
                journal.record(ticket, by, Action.REMINDER_SET, false, now).change("reminder", null, due.toString());
        journal.save(ticket, entry, due.toString());
        return reminder;
    }

    /** Active staff users of the tenant among these, in the given order. */
    private List<User> staffUsers(List<UserId> ids) {
        return ids.stream()
                .distinct()
                .map(users::find)
                .map(found -> found.filter(u -> u.kind() == User.Kind.STAFF && u.active())
                        .orElseThrow(() -> new TicketRejected("claims.error.assignee")))
                .filter(Objects::nonNull)
                .toList();
    }

    private TimelineEntry change(
            Claim ticket,
            Actor by,
            Instant now,
            String field,
            @Nullable String from,
            @Nullable String to,
            boolean visible) {
        return journal.record(ticket, by, Action.CHANGED, visible, now).change(field, from, to);
    }

    Claim save(Claim ticket) {
        return tickets.save(ticket);
    }

    /** The ticket as this transaction sees it, whatever instance the caller holds. */
    private Claim attached(Claim ticket) {
        return tickets.find(ticket.id()).orElseThrow(() -> new TicketRejected("claims.error.gone"));
    }
}
