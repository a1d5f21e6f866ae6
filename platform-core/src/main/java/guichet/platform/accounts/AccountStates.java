package guichet.platform.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.signals.ChangeSignals;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.users.User;
import guichet.platform.users.UserChanges;
import guichet.platform.users.Users;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the per-request check needs of a signed-in user's record, kept in memory per tenant: read from the database
 * once, then again only after a change to him is announced on any instance ({@link UserChanges}). So a page costs
 * no query and no transaction to know who asks, and a deactivated user is still refused at his next request.
 */
@Component
class AccountStates {

    private final Users users;
    private final TransactionTemplate reading;

    /** By {@code <tenant>/<user id>} and by {@code <tenant>/subject:<subject>}; never an empty answer. */
    private final Cache<String, AccountState> states = Caffeine.newBuilder()
            .maximumSize(50_000)
            // A safety net only: changes are announced; a signal lost with its connection is covered by the
            // listener's « everything » on reconnection.
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    /** How many forgets have begun; counted before anything is dropped, so a read that overlaps one can tell. */
    private final AtomicLong forgets = new AtomicLong();

    AccountStates(Users users, PlatformTransactionManager transactions, ChangeSignals signals) {
        this.users = users;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        signals.listen(UserChanges.TOPIC, this::forget);
    }

    /** The current tenant's user by his record's id, else by his identity's subject. */
    Optional<AccountState> find(@Nullable UUID userId, String subject) {
        String tenant = TenantContext.require().slug();
        String key = userId != null ? tenant + "/" + userId : tenant + "/subject:" + subject;
        AccountState known = states.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        long forgetsBefore = forgets.get();
        Optional<AccountState> read = reading.execute(
                status -> (userId != null ? users.findById(userId) : users.findByIdentitySubject(subject))
                        .map(user -> AccountState.of(tenant, user)));
        read.ifPresent(state -> {
            states.put(key, state);
            // A change announced while we read may have been committed after our read began, and its forget may
            // have run before our put: what we read is this request's answer, but not kept.
            if (forgets.get() != forgetsBefore) {
                states.invalidate(key);
            }
        });
        return read;
    }

    /** Drops what a change announcement names: one user, or everything. */
    private void forget(String key) {
        forgets.incrementAndGet();
        if (ChangeSignals.EVERYTHING.equals(key)) {
            states.invalidateAll();
            return;
        }
        int slash = key.indexOf('/');
        if (slash < 0) {
            return;
        }
        String tenant = key.substring(0, slash);
        String user = key.substring(slash + 1);
        states.asMap()
                .values()
                .removeIf(state -> state.tenant().equals(tenant)
                        && (user.equals(ChangeSignals.EVERYTHING)
                                || state.id().value().toString().equals(user)));
    }

    /** A user record as the check reads it. */
    record AccountState(
            String tenant,
            UserId id,
            @Nullable String subject,
            User.Standing standing,
            String email,
            String displayName,
            @Nullable CustomerId customer,
            @Nullable SiteId site) {

        static AccountState of(String tenant, User user) {
            return new AccountState(
                    tenant,
                    user.id(),
                    user.identitySubject().orElse(null),
                    user.standing(),
                    user.email(),
                    user.displayName(),
                    user.customer().orElse(null),
                    user.site().orElse(null));
        }
    }
}
