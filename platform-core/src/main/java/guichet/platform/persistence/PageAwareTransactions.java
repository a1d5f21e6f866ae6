package guichet.platform.persistence;

import guichet.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.DelegatingTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's transaction manager: Spring's, but aware of the read-only transaction a page is read in (see
 * {@code guichet.platform.web.PageTransactions}). Every read the page makes in its tenant joins it; a transaction that
 * writes, or that reads as another tenant (or as the platform), is given one of its own beside it, as it was before
 * pages had one. A write is never silently dropped by a read-only transaction, nor run against the page's schema.
 */
public class PageAwareTransactions implements PlatformTransactionManager {

    private static final String PAGE = "page:";

    private final PlatformTransactionManager delegate;

    public PageAwareTransactions(PlatformTransactionManager delegate) {
        this.delegate = delegate;
    }

    /** The definition of a page's read-only transaction, in the current tenant (or the platform). */
    public static TransactionDefinition page() {
        DefaultTransactionDefinition definition =
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRED);
        definition.setReadOnly(true);
        definition.setName(PAGE + scope());
        return definition;
    }

    @Override
    public TransactionStatus getTransaction(@Nullable TransactionDefinition asked) throws TransactionException {
        TransactionDefinition definition = asked == null ? TransactionDefinition.withDefaults() : asked;
        if (definition.getPropagationBehavior() == TransactionDefinition.PROPAGATION_REQUIRED
                && insidePage()
                && (!definition.isReadOnly()
                        || !TransactionSynchronizationManager.getCurrentTransactionName()
                                .equals(PAGE + scope()))) {
            return delegate.getTransaction(new DelegatingTransactionDefinition(definition) {
                @Override
                public int getPropagationBehavior() {
                    return TransactionDefinition.PROPAGATION_REQUIRES_NEW;
                }
            });
        }
        return delegate.getTransaction(definition);
    }

    @Override
    public void commit(TransactionStatus status) throws TransactionException {
        delegate.commit(status);
    }

    @Override
    public void rollback(TransactionStatus status) throws TransactionException {
        delegate.rollback(status);
    }

    private static boolean insidePage() {
        String name = TransactionSynchronizationManager.getCurrentTransactionName();
        return TransactionSynchronizationManager.isActualTransactionActive() && name != null && name.startsWith(PAGE);
    }

    private static String scope() {
        return TenantContext.current().map(tenant -> tenant.slug()).orElse("");
    }
}
