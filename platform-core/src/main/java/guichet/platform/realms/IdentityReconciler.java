package guichet.platform.realms;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantProfile;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, brings the platform realm in line at once and every tenant's realm in the background (a realm whose
 * stored fingerprint matches is skipped), so that realms follow changes of Guichet's address, theme or mail server.
 */
@Component
class IdentityReconciler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IdentityReconciler.class);

    private final TenantRealms realms;
    private final TenantCatalog catalog;
    private final ExecutorService workers = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().name("realm-reconcile-", 1).daemon(true).factory());

    IdentityReconciler(TenantRealms realms, TenantCatalog catalog) {
        this.realms = realms;
        this.catalog = catalog;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void onReady() {
        realms.ensurePlatform();
        for (TenantProfile tenant : catalog.all()) {
            workers.execute(() -> {
                try {
                    realms.ensure(tenant);
                    String issuer = realms.issuer(tenant.slug());
                    if (!issuer.equals(tenant.identity().issuer())) {
                        catalog.changeIdentity(tenant.id(), tenant.identity().withIssuer(issuer));
                    }
                } catch (RuntimeException e) {
                    log.error("Could not bring the realm of tenant {} in line; its sign-in may fail", tenant.slug(), e);
                }
            });
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
