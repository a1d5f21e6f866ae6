package guichet.platform.users;

import guichet.platform.ids.UserId;
import guichet.platform.signals.ChangeSignals;
import guichet.platform.tenancy.TenantContext;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Announces every written user record, so that no instance goes on trusting what it remembers of him: a deactivated
 * user, or one whose sessions were ended, is refused at his next request wherever it lands.
 */
public class UserChanges {

    /** The change signals' topic; the key is {@code <tenant slug>/<user id>}. */
    public static final String TOPIC = "users";

    private final @Nullable ChangeSignals signals;

    /** Hibernate's own, outside Spring (a schema check with a bare session factory): announces nothing. */
    public UserChanges() {
        this.signals = null;
    }

    /** Spring's, through Hibernate's bean container. */
    @Autowired
    UserChanges(ChangeSignals signals) {
        this.signals = signals;
    }

    /** The key of a user of the current tenant. */
    public static String key(UserId user) {
        return TenantContext.require().slug() + "/" + user.value();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(User user) {
        if (signals != null) {
            signals.announce(TOPIC, key(user.id()));
        }
    }
}
