package guichet.platform.notifications.outbox;

import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes mails to the current tenant's outbox. Once the writing transaction has committed, its mails are handed to the
 * outbox's own sending thread, their tenant bound, to leave at once; whatever could not leave then is sent by the
 * scheduled dispatcher.
 */
@Service
public class Outbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxMails mails;
    private final OutboxDispatcher dispatcher;
    private final ThreadPoolTaskExecutor executor;
    private final Clock clock;

    Outbox(OutboxMails mails, OutboxDispatcher dispatcher, NotificationsProperties settings, Clock clock) {
        this.mails = mails;
        this.dispatcher = dispatcher;
        this.executor = senders(settings);
        this.clock = clock;
    }

    /**
     * {@code guichet.notifications.senders} threads (one by default) that send mails as soon as their transaction
     * commits. Not the application's task executor: each sending thread holds a database connection while the mail
     * server answers, and under load (a new claim mails every agent) eight of them held eight of the pool's twelve
     * connections, which the pages then waited for. What they cannot take (a full queue, a shutdown) the scheduled
     * dispatcher sends.
     */
    private static ThreadPoolTaskExecutor senders(NotificationsProperties settings) {
        ThreadPoolTaskExecutor senders = new ThreadPoolTaskExecutor();
        senders.setCorePoolSize(settings.senders());
        senders.setMaxPoolSize(settings.senders());
        senders.setQueueCapacity(10_000);
        senders.setThreadNamePrefix("guichet-mail-");
        senders.initialize();
        return senders;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }

    /**
     * Writes a mail in the caller's transaction; it is sent after that transaction commits, never if it rolls back.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException without a transaction
     * @throws guichet.platform.tenancy.NoTenantException if no tenant is bound
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        enqueue(List.of(mail));
    }

    /**
     * Writes mails in the caller's transaction, inserted in batches; they are sent after that transaction commits,
     * never if it rolls back.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException without a transaction
     * @throws guichet.platform.tenancy.NoTenantException if no tenant is bound
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(List<OutgoingMail> written) {
        TenantId tenant = TenantContext.require();
        Instant now = clock.instant();
        mails.saveAll(written.stream().map(mail -> new OutboxMail(mail, now)).toList());
        sendAfterCommit(tenant, written.stream().map(OutgoingMail::id).toList());
    }

    /**
     * Collects the transaction's mails and hands them over once, after it commits, with their tenant bound: the commit
     * may happen outside the scope that wrote them (a transaction opened before the tenant was bound).
     */
    private void sendAfterCommit(TenantId tenant, List<UUID> ids) {
        @SuppressWarnings("unchecked")
        Map<TenantId, List<UUID>> pending =
                (Map<TenantId, List<UUID>>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<TenantId, List<UUID>> written = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(this, written);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    written.forEach(Outbox.this::sendSoon);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Outbox.this);
                }
            });
            pending = written;
        }
        pending.computeIfAbsent(tenant, t -> new ArrayList<>()).addAll(ids);
    }

    private void sendSoon(TenantId tenant, List<UUID> ids) {
        Runnable send = () -> {
            try {
                dispatcher.dispatch(ids);
            } catch (RuntimeException e) {
                log.warn("Could not send {} mail(s) of {} now; the dispatcher will", ids.size(), tenant, e);
            }
        };
        try {
            // The tenant that wrote them, bound explicitly: the committing thread's own scope may be another, or none.
            executor.execute(() -> TenantContext.run(tenant, send));
        } catch (RejectedExecutionException e) {
            log.debug("Executor refused to send {} mail(s) of {} now; the dispatcher will", ids.size(), tenant);
        }
    }
}
