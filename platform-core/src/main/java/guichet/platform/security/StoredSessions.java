package guichet.platform.security;

import guichet.platform.identity.WebSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a user's sessions in the shared session store, found by the principal name {@link SessionPrincipals} indexes
 * them under. After the transaction that ended them commits, so that a change rolled back signs nobody out; the
 * per-request check ({@link SignedInUserFilter}) refuses them meanwhile, and on any session the store kept.
 */
@Component
class StoredSessions implements WebSessions {

    private static final Logger log = LoggerFactory.getLogger(StoredSessions.class);

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> store;

    StoredSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> store) {
        this.store = store;
    }

    @Override
    public void endAllOf(String subject) {
        String realm = TenantClientRegistrations.currentRealm();
        if (realm == null) {
            throw new IllegalStateException("Sessions are ended within a tenant's or the platform's scope");
        }
        String name = SessionPrincipals.nameOf(realm, subject);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            end(name);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                end(name);
            }
        });
    }

    private void end(String name) {
        // No store outside a web application: no sessions to end.
        store.ifAvailable(sessions -> {
            var ended = sessions.findByPrincipalName(name).keySet();
            ended.forEach(sessions::deleteById);
            log.debug("Ended {} stored sessions of {}", ended.size(), name);
        });
    }
}
