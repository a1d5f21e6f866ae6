package guichet.platform.notifications.outbox;

import guichet.platform.persistence.TenantMigrations;
import guichet.platform.tenancy.TenantJobs;
import guichet.platform.tenancy.TenantProfile;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Dispatches every active tenant's outbox every {@code guichet.notifications.dispatch-interval}. A tenant's run holds a
 * ShedLock lock named after it ({@code platform.shedlock}), so with several instances one tenant's outbox is dispatched
 * by one of them at a time, while different tenants may be dispatched by different instances.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationsProperties.class)
class OutboxSchedule implements SchedulingConfigurer {

    static final String JOB = "notifications-outbox";

    /** Longer than any run (a batch of mails at the mail client's time-outs): the lock of a crashed instance expires. */
    private static final Duration LOCK_AT_MOST_FOR = Duration.ofMinutes(15);

    private final TenantJobs jobs;
    private final TenantMigrations migrations;
    private final OutboxDispatcher dispatcher;
    private final NotificationsProperties settings;
    private final LockingTaskExecutor locks;

    OutboxSchedule(
            TenantJobs jobs,
            TenantMigrations migrations,
            OutboxDispatcher dispatcher,
            NotificationsProperties settings) {
        this.jobs = jobs;
        this.migrations = migrations;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.locks = jobs.locks();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::dispatchEveryTenant, settings.dispatchInterval());
    }

    /** One run over every active tenant whose schema is current. */
    void dispatchEveryTenant() {
        jobs.forEachActiveTenant(JOB, this::dispatch);
    }

    private void dispatch(TenantProfile tenant) {
        if (!migrations.state(tenant).isServing()) {
            return; // its schema may not have the outbox yet; it is dispatched once migrated
        }
        locks.executeWithLock((Runnable) dispatcher::dispatchDue, jobs.lockOf(JOB, tenant, LOCK_AT_MOST_FOR));
    }
}
