package guichet.claims;

import guichet.claims.desk.Claim;
import guichet.claims.desk.Claims;
import guichet.claims.desk.Reminder;
import guichet.claims.desk.Reminders;
import guichet.claims.desk.SlaClock;
import guichet.claims.desk.SlaClocks;
import guichet.claims.desk.TimelineEntry;
import guichet.claims.desk.TimelineEntry.Action;
import guichet.platform.ids.TicketId;
import guichet.platform.tenancy.TenantJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desk's scheduled watch, every minute and per tenant: marks SLA warnings (80 % of the resolution target spent)
 * and breaches, and sends the reminders that fell due (seed 001's « GTR »), each noted in the ticket's timeline. With
 * several instances, one tenant's sweep runs on one of them at a time ({@link TenantJobs#locks()}), so no warning or
 * reminder goes out twice.
 */
@Component
public class DeskWatch {

    private static final Actor GUICHET = Actor.system();

    private static final String JOB = "claims-watch";

    /** Far longer than a sweep (a few hundred rows): the lock of an instance that died mid-sweep expires. */
    private static final Duration LOCK_AT_MOST_FOR = Duration.ofMinutes(5);

    private final TenantJobs jobs;
    private final TransactionTemplate transactions;
    private final SlaClocks clocks;
    private final Reminders reminders;
    private final Claims tickets;
    private final TicketJournal journal;
    private final ClaimNotices notices;
    private final Clock clock;

    DeskWatch(
            TenantJobs jobs,
            TransactionTemplate transactions,
            SlaClocks clocks,
            Reminders reminders,
            Claims tickets,
            TicketJournal journal,
            ClaimNotices notices,
            Clock clock) {
        this.jobs = jobs;
        this.transactions = transactions;
        this.clocks = clocks;
        this.reminders = reminders;
        this.tickets = tickets;
        this.journal = journal;
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${guichet.claims.watch-delay:30s}",
            fixedDelayString = "${guichet.claims.watch-interval:60s}")
    void everyMinute() {
        jobs.forEachActiveTenant(JOB, tenant -> {
            if (tenant.hasModule(ClaimsModule.ID)) {
                jobs.locks()
                        .executeWithLock(
                                (Runnable) () -> sweep(clock.instant()), jobs.lockOf(JOB, tenant, LOCK_AT_MOST_FOR));
            }
        });
    }

    /**
     * Marks due warnings and breaches and sends due reminders of the current tenant, as of {@code now}.
     *
     * @return how many marks and reminders it made
     */
    public int sweep(Instant now) {
        Integer done = transactions.execute(status -> {
            int marked = 0;
            for (SlaClock sla : clocks.warningDue(now, Limit.of(500))) {
                Optional<Claim> ticket = tickets.find(new TicketId(sla.ticketId()));
                sla.warn(now);
                clocks.save(sla);
                if (ticket.isPresent() && ticket.get().isOpen()) {
                    mark(ticket.get(), Action.SLA_WARNING, now, null, null);
                    notices.slaWarning(ticket.get());
                    marked++;
                }
            }
            for (SlaClock sla : clocks.breachDue(now)) {
                Claim ticket = tickets.find(new TicketId(sla.ticketId())).orElseThrow();
                if (!sla.breached()
                        && ticket.resolutionDueAt()
                                .filter(due -> !due.isAfter(now))
                                .isPresent()) {
                    sla.breach(now);
                    mark(ticket, Action.SLA_BREACHED, now, "sla", "resolution");
                    marked++;
                }
                if (!sla.responseBreached()
                        && ticket.firstRespondedAt().isEmpty()
                        && ticket.firstResponseDueAt()
                                .filter(due -> !due.isAfter(now))
                                .isPresent()) {
                    sla.responseBreach(now);
                    mark(ticket, Action.SLA_BREACHED, now, "sla", "firstResponse");
                    marked++;
                }
                clocks.save(sla);
            }
            for (Reminder reminder : reminders.due(now, Limit.of(200))) {
                reminder.sent(now);
                reminders.save(reminder);
                Claim ticket = tickets.find(reminder.ticket()).orElseThrow();
                reminder.setBy()
                        .ifPresent(user ->
                                notices.reminder(ticket, user, reminder.note().orElse(null)));
                mark(ticket, Action.REMINDED, now, "reminder", reminder.note().orElse(""));
                marked++;
            }
            return marked;
        });
        return done == null ? 0 : done;
    }

    /** Notes what the watch did in the timeline, without counting it as activity on the ticket. */
    private void mark(Claim ticket, Action action, Instant now, @Nullable String field, @Nullable String value) {
        Instant lastActivity = ticket.updatedAt();
        String lastBy = ticket.lastActivityBy().orElse(null);
        TimelineEntry entry = journal.record(ticket, GUICHET, action, false, now);
        if (field != null) {
            entry.change(field, null, value);
        }
        ticket.touch(lastActivity, lastBy);
        journal.save(ticket, entry, action.name());
    }
}
