package guichet.platform.notifications.outbox;

import guichet.platform.tenancy.TenantContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes mails to the current tenant's outbox. Once the writing transaction has committed, its mails are handed to the
 * application's task executor to leave at once; whatever could not leave then is sent by the scheduled dispatcher.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxMails mails;
    private final OutboxDispatcher dispatcher;
    private final Executor executor;
    private final Clock clock;

    Outbox(
            OutboxMails mails,
            OutboxDispatcher dispatcher,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor executor,
            Clock clock) {
        this.mails = mails;
        this.dispatcher = dispatcher;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Writes a mail in the caller's transaction; it is sent after that transaction commits, never if it rolls back.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException without a transaction
     * @throws guichet.platform.tenancy.NoTenantException if no tenant is bound
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        TenantContext.require();
        mails.save(new OutboxMail(mail, clock.instant()));
        sendAfterCommit(mail.id());
    }

    /** Collects the transaction's mails, and hands them over once, after it commits. */
    private void sendAfterCommit(UUID id) {
        @SuppressWarnings("unchecked")
        List<UUID> pending = (List<UUID>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<UUID> written = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, written);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    try {
                        executor.execute(TenantContext.wrap(() -> dispatcher.dispatch(written)));
                    } catch (RejectedExecutionException e) {
                        log.debug("Executor refused to send {} mail(s) now; the dispatcher will", written.size());
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Outbox.this);
                }
            });
            pending = written;
        }
        pending.add(id);
    }
}
