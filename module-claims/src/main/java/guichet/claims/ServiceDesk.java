package guichet.claims;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.claims.desk.Message;
import guichet.claims.desk.Messages;
import guichet.claims.desk.Rating;
import guichet.claims.desk.Ratings;
import guichet.claims.desk.SlaClock;
import guichet.claims.desk.SlaClocks;
import guichet.claims.desk.TimelineEntry;
import guichet.claims.desk.TimelineEntry.Action;
import guichet.claims.settings.ClaimSettings;
import guichet.claims.settings.SlaPolicy;
import guichet.claims.settings.Status;
import guichet.platform.ids.CustomerId;
import guichet.platform.sales.Sale;
import guichet.platform.sales.Sales;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tickets.Ticket.Category;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service desk: how tickets are opened, answered and moved through their lifecycle, whichever door or page asks.
 * Each operation updates the ticket row's list columns, its searchable text, its timeline, the tenant's interaction
 * history and its SLA clock, and sends its notifications, in one transaction. Callers pass tickets the acting user may
 * reach ({@link TicketAccess}); nothing is ever deleted.
 *
 * <p>The lifecycle (issue 4, seeds 001, 003, 004): a staff reply or a request for precision moves a new ticket in
 * progress; a request for precision waits on the customer where the tenant has such a status; the customer's answer
 * takes it back in progress, and reopens it when resolved or closed; closed and resolved tickets can be reopened.
 */
@Service
@Transactional
public class ServiceDesk {

    private final Claims tickets;
    private final Messages messages;
    private final SlaClocks clocks;
    private final Ratings ratings;
    private final Sales sales;
    private final Users users;
    private final ClaimSettings settings;
    private final TicketJournal journal;
    private final ClaimNotices notices;
    private final ApplicationEventPublisher events;
    private final CurrentTenant tenant;
    private final Clock clock;

    ServiceDesk(
            Claims tickets,
            Messages messages,
            SlaClocks clocks,
            Ratings ratings,
            Sales sales,
            Users users,
            ClaimSettings settings,
            TicketJournal journal,
            ClaimNotices notices,
            ApplicationEventPublisher events,
            CurrentTenant tenant,
            Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.clocks = clocks;
        this.ratings = ratings;
        this.sales = sales;
        this.users = users;
        this.settings = settings;
        this.journal = journal;
        this.notices = notices;
        this.events = events;
        this.tenant = tenant;
        this.clock = clock;
    }

    /**
     * Opens a ticket, from any door.
     *
     * @throws TicketRejected if the title or description is missing or too long, a type or priority unknown, or the
     *     purchase not the customer's
     */
    public Claim open(Opening opening, Actor by) {
        Instant now = clock.instant();
        String title = TicketTexts.title(opening.title());
        String description = TicketTexts.body(opening.description());
        String priority = opening.priority() == null || opening.priority().isBlank()
                ? settings.defaultPriority().code()
                : settings.priority(opening.priority())
                        .filter(p -> p.active())
                        .orElseThrow(() -> new TicketRejected("claims.error.priority"))
                        .code();
        String type = opening.type() == null || opening.type().isBlank()
                ? null
                : settings.type(opening.type())
                        .filter(t -> t.active())
                        .orElseThrow(() -> new TicketRejected("claims.error.type"))
                        .code();
        Sale sale = opening.sale() == null
                ? null
                : sales.find(opening.sale())
                        .filter(s -> opening.customer() != null && s.customer().equals(opening.customer()))
                        .orElseThrow(() -> new TicketRejected("claims.error.sale"));
        Status status = settings.enter(Category.NEW);
        Claim ticket = new Claim(
                tickets.nextNumber(),
                title,
                status.code(),
                priority,
                opening.customer(),
                sale == null ? opening.product() : sale.product(),
                now);
        ticket.changeStatus(status.code(), status.category(), now);
        ticket.changeType(type, now);
        if (sale != null) {
            ticket.concern(sale.product(), sale.id(), now);
        }
        ticket.openedThrough(opening.channel(), by.user(), opening.fromEmail(), opening.fromName());
        ticket.recordedAt(opening.site());
        if (!opening.assignees().isEmpty()) {
            List<User> staff = opening.assignees().stream()
                    .distinct()
                    .map(id -> users.find(id)
                            .filter(u -> u.kind() == User.Kind.STAFF && u.active())
                            .orElseThrow(() -> new TicketRejected("claims.error.assignee")))
                    .toList();
            ticket.assign(
                    staff.stream().map(User::id).toList(),
                    staff.stream().map(User::displayName).collect(Collectors.joining(", ")));
        }
        ticket = tickets.save(ticket);
        Message first = messages.save(new Message(ticket.id(), false, false, by.user(), by.name(), description, now));
        if (opening.hiddenNote() != null && !opening.hiddenNote().isBlank()) {
            messages.save(new Message(
                    ticket.id(), true, true, by.user(), by.name(), TicketTexts.body(opening.hiddenNote()), now));
        }
        SlaPolicy policy = settings.policyFor(priority, type);
        SlaClock sla = new SlaClock(ticket, policy.firstResponseMinutes(), policy.resolutionMinutes());
        sla.follow(ticket, settings.calendar(), now);
        clocks.save(sla);
        TimelineEntry entry =
                journal.record(ticket, by, Action.OPENED, true, now).about(first);
        ticket = journal.save(ticket, entry, title);
        journal.reindex(ticket);
        events.publishEvent(new TicketOpened(tenant.profile().id(), ticket.id(), ticket.channel()));
        if (ticket.customer().isPresent() || ticket.authorEmail().isPresent()) {
            notices.opened(ticket);
        }
        notices.newTicket(ticket, by);
        if (!ticket.assignees().isEmpty()) {
            notices.assigned(ticket, ticket.assignees(), by);
        }
        return ticket;
    }

    /**
     * A public message: a staff reply (a new ticket goes in progress; the customer is told and expected to answer) or
     * the customer's own (a waiting ticket goes back in progress, a resolved or closed one is reopened).
     */
    public Message reply(Claim given, String body, Actor by) {
        Claim ticket = attached(given);
        Instant now = clock.instant();
        Message message = messages.save(
                new Message(ticket.id(), false, by.staff(), by.user(), by.name(), TicketTexts.body(body), now));
        TimelineEntry entry =
                journal.record(ticket, by, Action.REPLIED, true, now).about(message);
        if (by.staff()) {
            answered(ticket, by, now);
            ticket.awaitCustomer(ticket.isOpen());
            if (ticket.category() == Category.NEW) {
                move(ticket, settings.enter(Category.IN_PROGRESS), by, now);
            }
            notices.staffReplied(ticket, message.body(), by);
        } else {
            ticket.awaitCustomer(false);
            if (ticket.category() != Category.NEW && ticket.category() != Category.IN_PROGRESS) {
                move(ticket, settings.enter(Category.IN_PROGRESS), by, now);
            }
        }
        journal.save(ticket, entry, null);
        journal.indexed(ticket, message);
        return message;
    }

    /** A note hidden from the customer (seed 003: « réponse masquée »), staff only. */
    public Message note(Claim given, String body, Actor by) {
        Claim ticket = attached(given);
        requireStaff(by);
        Instant now = clock.instant();
        Message message =
                messages.save(new Message(ticket.id(), true, true, by.user(), by.name(), TicketTexts.body(body), now));
        TimelineEntry entry =
                journal.record(ticket, by, Action.NOTED, false, now).about(message);
        journal.save(ticket, entry, null);
        journal.indexed(ticket, message);
        return message;
    }

    /**
     * A staff question to the customer (seed 004: « demander une précision »): a public message, after which the ticket
     * waits on the customer (in progress where the tenant has no waiting status) and his SLA clock pauses.
     */
    public Message askPrecision(Claim given, String body, Actor by) {
        Claim ticket = attached(given);
        requireStaff(by);
        Instant now = clock.instant();
        Message message =
                messages.save(new Message(ticket.id(), false, true, by.user(), by.name(), TicketTexts.body(body), now));
        TimelineEntry entry =
                journal.record(ticket, by, Action.ASKED_PRECISION, true, now).about(message);
        answered(ticket, by, now);
        move(ticket, settings.enter(Category.WAITING), by, now);
        ticket.awaitCustomer(true);
        notices.staffReplied(ticket, message.body(), by);
        journal.save(ticket, entry, null);
        journal.indexed(ticket, message);
        return message;
    }

    /** Moves the ticket to one of the tenant's statuses, chosen by the staff. */
    public void changeStatus(Claim given, String code, Actor by) {
        Claim ticket = attached(given);
        requireStaff(by);
        Status status = settings.status(code)
                .filter(Status::active)
                .orElseThrow(() -> new TicketRejected("claims.error.status"));
        if (status.code().equals(ticket.status())) {
            return;
        }
        move(ticket, status, by, clock.instant());
        tickets.save(ticket);
    }

    /** Resolved: the customer's demand is satisfied (seed 004: by the customer or the technician). */
    public void resolve(Claim given, Actor by) {
        Claim ticket = attached(given);
        requireOpen(ticket);
        move(ticket, settings.enter(Category.RESOLVED), by, clock.instant());
        tickets.save(ticket);
    }

    /** Closed (seed 001; seed 004's customer « fermer un ticket ouvert ou en cours »). */
    public void close(Claim given, Actor by) {
        Claim ticket = attached(given);
        if (ticket.category() == Category.CLOSED) {
            throw new TicketRejected("claims.error.alreadyClosed");
        }
        move(ticket, settings.enter(Category.CLOSED), by, clock.instant());
        tickets.save(ticket);
    }

    /** Reopens a resolved or closed ticket (seeds 001 and 003). */
    public void reopen(Claim given, Actor by) {
        Claim ticket = attached(given);
        if (ticket.isOpen()) {
            throw new TicketRejected("claims.error.notClosed");
        }
        move(ticket, settings.enter(Category.IN_PROGRESS), by, clock.instant());
        tickets.save(ticket);
    }

    /**
     * Cancels a demand « qui n'a pas lieu d'être » (seed 000): it moves to the tenant's cancellation status with the
     * reason in its timeline, and stays in the history like every ticket.
     */
    public void cancel(Claim given, String reason, Actor by) {
        Claim ticket = attached(given);
        requireStaff(by);
        Status cancelled = settings.cancellation().orElseThrow(() -> new TicketRejected("claims.error.noCancellation"));
        if (ticket.status().equals(cancelled.code())) {
            throw new TicketRejected("claims.error.alreadyClosed");
        }
        Instant now = clock.instant();
        String why = TicketTexts.body(reason);
        move(ticket, cancelled, by, now);
        TimelineEntry entry =
                journal.record(ticket, by, Action.CANCELLED, true, now).change("reason", null, why);
        journal.save(ticket, entry, why);
    }

    /** The customer's rating of the service, once the ticket is resolved or closed (seed 000's satisfaction). */
    public void rate(Claim given, int score, @Nullable String comment, Actor by) {
        Claim ticket = attached(given);
        if (ticket.isOpen()) {
            throw new TicketRejected("claims.error.rateOpen");
        }
        if (score < 1 || score > 5 || (comment != null && comment.length() > 2000)) {
            throw new TicketRejected("claims.error.rating");
        }
        Instant now = clock.instant();
        Rating rating = ratings.findById(ticket.id().value())
                .map(r -> {
                    r.rate(score, comment, now);
                    return r;
                })
                .orElseGet(() -> new Rating(ticket.id(), score, comment, by.user(), now));
        ratings.save(rating);
        TimelineEntry entry = journal.record(ticket, by, Action.RATED, true, now)
                .change("rating", null, score + "/5" + (comment == null || comment.isBlank() ? "" : " — " + comment));
        journal.save(ticket, entry, score + "/5");
        events.publishEvent(new TicketRated(tenant.profile().id(), ticket.id(), score));
    }

    /**
     * The e-mail door: opens a ticket from an inbound message whose sender is a known customer, or « non identifié »
     * ({@code customer} null; his address and name are kept on the ticket for a staff member to attach the right
     * customer later).
     */
    public Claim openFromEmail(
            String subject, String body, @Nullable CustomerId customer, String fromEmail, @Nullable String fromName) {
        String name = fromName == null || fromName.isBlank() ? fromEmail : fromName;
        return open(
                Opening.byEmail(subject.isBlank() ? "(sans objet)" : subject, body, customer, fromEmail, fromName),
                Actor.sender(customer, name));
    }

    /** The e-mail door: an inbound message on an existing ticket is the customer's reply. */
    public Message addInboundMessage(Claim given, String body, String fromEmail, @Nullable String fromName) {
        Claim ticket = attached(given);
        String name = fromName == null || fromName.isBlank() ? fromEmail : fromName;
        return reply(ticket, body, Actor.sender(ticket.customer().orElse(null), name));
    }

    /** Moves to a status: dates, timeline, SLA clock, awaiting flag, event and the customer's notice. */
    void move(Claim ticket, Status status, Actor by, Instant now) {
        String from = ticket.status();
        String fromLabel = label(from);
        ticket.changeStatus(status.code(), status.category(), now);
        if (!status.category().isOpen()) {
            ticket.awaitCustomer(false);
        } else if (status.category() == Category.WAITING) {
            ticket.awaitCustomer(true);
        }
        clocks.findById(ticket.id().value()).ifPresent(sla -> {
            sla.follow(ticket, settings.calendar(), now);
            clocks.save(sla);
        });
        String toLabel = status.labels().fr();
        TimelineEntry entry =
                journal.record(ticket, by, Action.CHANGED, true, now).change("status", from, status.code());
        journal.save(ticket, entry, fromLabel + " → " + toLabel);
        events.publishEvent(
                new TicketStatusChanged(tenant.profile().id(), ticket.id(), from, status.code(), status.category()));
        notices.statusChanged(ticket, toLabel, !status.category().isOpen() && !status.isCancellation(), by);
    }

    /** A staff member answered in public: the first answer dates the first response, and the figures are told. */
    private void answered(Claim ticket, Actor by, Instant now) {
        boolean first = ticket.firstRespondedAt().isEmpty();
        ticket.firstResponse(now);
        events.publishEvent(new TicketAnswered(tenant.profile().id(), ticket.id(), by.user(), first));
    }

    private String label(String statusCode) {
        return settings.status(statusCode).map(s -> s.labels().fr()).orElse(statusCode);
    }

    private static void requireStaff(Actor by) {
        if (!by.staff()) {
            throw new TicketRejected("claims.error.staffOnly");
        }
    }

    private static void requireOpen(Claim ticket) {
        if (!ticket.isOpen()) {
            throw new TicketRejected("claims.error.notOpen");
        }
    }

    /** The ticket as this transaction sees it, whatever instance the caller holds. */
    private Claim attached(Claim ticket) {
        return tickets.find(ticket.id()).orElseThrow(() -> new TicketRejected("claims.error.gone"));
    }
}
