package guichet.quotes.request;

import guichet.platform.tenancy.TenantJobs;
import guichet.quotes.QuotesModule;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, each tenant's confirmed appointments of tomorrow are reminded to both sides, once: the hour's run that
 * first sees tomorrow's slots sends them. Tests call {@link #run()} (or the desk) directly, never wait for the clock.
 */
@Component
public class AppointmentReminders {

    static final String JOB = "quotes-appointment-reminders";

    private final TenantJobs jobs;
    private final QuoteRequestDesk desk;

    AppointmentReminders(TenantJobs jobs, QuoteRequestDesk desk) {
        this.jobs = jobs;
        this.desk = desk;
    }

    /** Reminds every active tenant that has the module; how many tenants it ran for. */
    @Scheduled(cron = "${guichet.quotes.reminders-cron:0 7 * * * *}")
    public int run() {
        return jobs.forEachActiveTenant(JOB, tenant -> {
            if (tenant.hasModule(QuotesModule.ID)) {
                jobs.locks()
                        .executeWithLock(
                                (Runnable) desk::remindTomorrowsAppointments,
                                jobs.lockOf(JOB, tenant, Duration.ofMinutes(10)));
            }
        });
    }
}
