package guichet.claims.desk;

import guichet.claims.sla.BusinessCalendar;
import guichet.platform.tickets.Ticket;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's SLA clock: its targets in business minutes, counted from its creation; the business minutes spent waiting
 * on the customer do not count (the clock pauses). Deadlines are written on the ticket row, for lists.
 */
@Entity
@Table(name = "clm_sla_clock")
public class SlaClock {

    /** A warning is due once this share of the resolution target has elapsed. */
    static final double WARNING_SHARE = 0.8;

    @Id
    private UUID ticketId;

    private int firstResponseMinutes;
    private int resolutionMinutes;
    private long pausedMinutes;
    private @Nullable Instant pausedSince;
    private @Nullable Instant warnAt;
    private @Nullable Instant warnedAt;
    private @Nullable Instant breachedAt;
    private @Nullable Instant responseBreachedAt;

    protected SlaClock() {}

    public SlaClock(Claim ticket, int firstResponseMinutes, int resolutionMinutes) {
        this.ticketId = ticket.id().value();
        this.firstResponseMinutes = firstResponseMinutes;
        this.resolutionMinutes = resolutionMinutes;
    }

    /** New targets (a change of priority or type), still counted from the creation. */
    public void retarget(int firstResponse, int resolution) {
        this.firstResponseMinutes = firstResponse;
        this.resolutionMinutes = resolution;
        this.warnedAt = null;
        this.breachedAt = null;
    }

    /** Follows the ticket's category: pauses while waiting on the customer, resumes after; then rewrites deadlines. */
    public void follow(Claim ticket, BusinessCalendar calendar, Instant now) {
        boolean waiting = ticket.category() == Ticket.Category.WAITING;
        if (waiting && pausedSince == null) {
            pausedSince = now;
        } else if (!waiting && pausedSince != null) {
            pausedMinutes += calendar.minutesBetween(pausedSince, now);
            pausedSince = null;
        }
        Instant start = ticket.createdAt();
        Instant resolutionDue = calendar.plus(start, resolutionMinutes + pausedMinutes);
        Instant responseDue = ticket.firstRespondedAt().isPresent()
                ? ticket.firstResponseDueAt().orElse(null)
                : calendar.plus(start, firstResponseMinutes + pausedMinutes);
        ticket.deadlines(
                responseDue,
                ticket.category().isOpen()
                        ? resolutionDue
                        : ticket.resolutionDueAt().orElse(resolutionDue));
        this.warnAt = ticket.category().isOpen() && !waiting
                ? calendar.plus(start, Math.round(resolutionMinutes * WARNING_SHARE) + pausedMinutes)
                : null;
    }

    public java.util.UUID ticketId() {
        return ticketId;
    }

    public boolean paused() {
        return pausedSince != null;
    }

    public int firstResponseMinutes() {
        return firstResponseMinutes;
    }

    public int resolutionMinutes() {
        return resolutionMinutes;
    }

    public Optional<Instant> warnAt() {
        return Optional.ofNullable(warnAt);
    }

    public boolean warned() {
        return warnedAt != null;
    }

    public boolean breached() {
        return breachedAt != null;
    }

    public boolean responseBreached() {
        return responseBreachedAt != null;
    }

    public void warn(Instant now) {
        this.warnedAt = now;
    }

    public void breach(Instant now) {
        this.breachedAt = now;
    }

    public void responseBreach(Instant now) {
        this.responseBreachedAt = now;
    }
}
