package guichet.quotes.request;

import guichet.platform.catalog.SellableItem;
import guichet.platform.catalog.SellableItems;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tickets.Ticket;
import guichet.platform.tickets.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of quote requests: what a request must say, the staff confirming an appointment's slot (both sides told),
 * the reminder the day before, and the request turned into a quote. Every change is one transaction.
 */
@Service
@Transactional
public class QuoteRequestDesk {

    public static final String PREFIX = "DDV";
    public static final int MAX_MESSAGE = 5_000;
    public static final int MAX_ITEMS = 20;
    public static final int MAX_QUANTITY = 999;

    private final QuoteRequests requests;
    private final YearCounters counters;
    private final SellableItems catalogue;
    private final Sites sites;
    private final Tickets tickets;
    private final RequestNotices notices;
    private final CurrentTenant tenant;
    private final Clock clock;

    QuoteRequestDesk(
            QuoteRequests requests,
            YearCounters counters,
            SellableItems catalogue,
            Sites sites,
            Tickets tickets,
            RequestNotices notices,
            CurrentTenant tenant,
            Clock clock) {
        this.requests = requests;
        this.counters = counters;
        this.catalogue = catalogue;
        this.sites = sites;
        this.tickets = tickets;
        this.notices = notices;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** What is wrong with a request, field by field; empty when it may be made. */
    @Transactional(readOnly = true)
    public List<QuoteRefused> problems(Asking asking) {
        List<QuoteRefused> problems = new ArrayList<>();
        String message = asking.message().strip();
        if (message.isEmpty()) {
            problems.add(new QuoteRefused("message", "quotes.request.error.message"));
        } else if (message.length() > MAX_MESSAGE) {
            problems.add(new QuoteRefused("message", "quotes.request.error.messageLength", MAX_MESSAGE));
        }
        if (asking.wanted().size() > MAX_ITEMS) {
            problems.add(new QuoteRefused("items", "quotes.request.error.tooManyItems", MAX_ITEMS));
        }
        for (Asking.Wanted wanted : asking.wanted()) {
            if (wanted.quantity() < 1 || wanted.quantity() > MAX_QUANTITY) {
                problems.add(new QuoteRefused("items", "quotes.request.error.quantity", MAX_QUANTITY));
                break;
            }
            if (wanted.item() == null && (wanted.text() == null || wanted.text().isBlank())) {
                problems.add(new QuoteRefused("items", "quotes.request.error.item"));
                break;
            }
        }
        if (asking.appointment() != null) {
            Instant wished = asking.wishedAt();
            if (wished == null) {
                problems.add(new QuoteRefused("wishedAt", "quotes.request.error.wishedAt"));
            } else if (!wished.isAfter(clock.instant())) {
                problems.add(new QuoteRefused("wishedAt", "quotes.request.error.wishedAtPast"));
            }
            if (asking.appointment() == Appointment.VISIT && openSite(asking.site()) == null) {
                problems.add(new QuoteRefused("site", "quotes.request.error.site"));
            }
        }
        return problems;
    }

    /**
     * Records a request, its wanted catalogue items named as the catalogue names them now.
     *
     * @throws QuoteRefused if a field is wrong ({@link #problems}), an item unknown, or the ticket not the customer's
     */
    public QuoteRequest ask(Asking asking) {
        List<QuoteRefused> problems = problems(asking);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        List<RequestedItem> items = new ArrayList<>();
        var known = catalogue.findAll(asking.wanted().stream()
                .map(Asking.Wanted::item)
                .filter(java.util.Objects::nonNull)
                .toList());
        for (Asking.Wanted wanted : asking.wanted()) {
            if (wanted.item() == null) {
                items.add(new RequestedItem(null, clipped(wanted.text()), wanted.quantity()));
            } else {
                SellableItem item = known.get(wanted.item());
                if (item == null) {
                    throw new QuoteRefused("items", "quotes.request.error.unknownItem");
                }
                items.add(new RequestedItem(item.ref(), clipped(item.label()), wanted.quantity()));
            }
        }
        Instant now = clock.instant();
        QuoteRequest request = new QuoteRequest(
                counters.next(PREFIX, LocalDate.ofInstant(now, zone()).getYear()),
                asking.customer(),
                asking.channel(),
                asking.message().strip(),
                items,
                asking.by(),
                now);
        if (asking.ticketNumber() != null && !asking.ticketNumber().isBlank()) {
            Ticket ticket = tickets.findByNumber(asking.ticketNumber().strip())
                    .filter(t -> t.customer().filter(asking.customer()::equals).isPresent())
                    .orElseThrow(() -> new QuoteRefused("ticket", "quotes.request.error.ticket"));
            request.fromTicket(ticket.id().value(), ticket.number());
        }
        if (asking.appointment() != null && asking.wishedAt() != null) {
            request.wish(
                    asking.appointment(),
                    asking.appointment() == Appointment.VISIT ? asking.site() : null,
                    asking.wishedAt());
        }
        QuoteRequest saved = requests.save(request);
        notices.received(saved);
        return saved;
    }

    /**
     * Confirms the appointment's slot (the wished one or another, at the wished site or another); the customer and
     * the staff are told, and told again the day before.
     *
     * @throws QuoteRefused if the request has no appointment or is no longer open, the slot is past, the site closed
     */
    public QuoteRequest confirm(UUID requestId, Instant slot, @Nullable SiteId site, UserId by) {
        QuoteRequest request = requests.findById(requestId).orElseThrow();
        if (request.appointment().isEmpty() || !request.status().open()) {
            throw new QuoteRefused(null, "quotes.request.error.noAppointment");
        }
        if (!slot.isAfter(clock.instant())) {
            throw new QuoteRefused("slot", "quotes.request.error.wishedAtPast");
        }
        SiteId where = site != null ? site : request.site().orElse(null);
        if (request.appointment().get() == Appointment.VISIT && openSite(where) == null) {
            throw new QuoteRefused("site", "quotes.request.error.site");
        }
        request.confirm(slot, where, by, clock.instant());
        notices.confirmed(request, siteName(request));
        return request;
    }

    /**
     * Reminds both sides of the confirmed slots of tomorrow, in the tenant's time zone, once each: the scheduled job
     * calls it for every tenant, tests call it directly.
     *
     * @return how many reminders went out
     */
    public int remindTomorrowsAppointments() {
        ZoneId zone = zone();
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), zone).plusDays(1);
        List<QuoteRequest> due = requests.dueForReminder(
                tomorrow.atStartOfDay(zone).toInstant(),
                tomorrow.plusDays(1).atStartOfDay(zone).toInstant());
        for (QuoteRequest request : due) {
            notices.reminder(request, siteName(request));
            request.reminded(clock.instant());
        }
        return due.size();
    }

    /** The request is answered by this quote: it leaves the queue. */
    public void quoted(UUID requestId, UUID quoteId) {
        requests.findById(requestId).orElseThrow().quoted(quoteId, clock.instant());
    }

    /** Closes a request without a quote. */
    public void close(UUID requestId) {
        QuoteRequest request = requests.findById(requestId).orElseThrow();
        if (request.status().open()) {
            request.close(clock.instant());
        }
    }

    private @Nullable Site openSite(@Nullable SiteId site) {
        return site == null ? null : sites.find(site).filter(Site::active).orElse(null);
    }

    private String siteName(QuoteRequest request) {
        return request.site().flatMap(sites::find).map(Site::name).orElse("");
    }

    private ZoneId zone() {
        return tenant.zoneId();
    }

    private static String clipped(@Nullable String text) {
        String shown = text == null ? "" : text.strip();
        return shown.length() > 300 ? shown.substring(0, 300) : shown;
    }
}
