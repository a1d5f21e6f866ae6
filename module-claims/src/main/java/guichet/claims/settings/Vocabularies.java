package guichet.claims.settings;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import guichet.platform.signals.ChangeSignals;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Each tenant's statuses, types and priorities, which every claims page shows and an administrator seldom changes,
 * kept in memory: read once, then again only after a change is announced on any instance (a change of these settings,
 * or of the tenant itself: deleted, restored, migrated). The entities kept are only ever read.
 */
@Component
class Vocabularies {

    /** The change signals' topic; the key is the tenant's slug. */
    static final String TOPIC = "claims.vocabulary";

    private final ChangeSignals signals;
    private final Cache<String, Vocabulary> bySlug = Caffeine.newBuilder()
            .maximumSize(10_000)
            // A safety net only: changes are announced.
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    Vocabularies(ChangeSignals signals) {
        this.signals = signals;
        signals.listen(TOPIC, this::forget);
        signals.listen(TenantCatalog.CHANGES, this::forget);
    }

    /** The current tenant's vocabulary, read with {@code reading} the first time. */
    Vocabulary current(Supplier<Vocabulary> reading) {
        return bySlug.get(TenantContext.require().slug(), slug -> reading.get());
    }

    /** The current tenant's statuses, types or priorities are being changed: forgotten everywhere once committed. */
    void changed() {
        signals.announce(TOPIC, TenantContext.require().slug());
    }

    private void forget(String slug) {
        if (ChangeSignals.EVERYTHING.equals(slug)) {
            bySlug.invalidateAll();
        } else {
            bySlug.invalidate(slug);
        }
    }
}
