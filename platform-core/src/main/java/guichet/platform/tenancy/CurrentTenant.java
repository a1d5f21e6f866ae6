package guichet.platform.tenancy;

import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The catalogue entry of the tenant bound to the current thread. */
@Component
public class CurrentTenant {

    private final TenantCatalog catalog;

    CurrentTenant(TenantCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The current tenant's profile.
     *
     * @throws NoTenantException if no tenant is bound
     */
    public TenantProfile profile() {
        TenantId id = TenantContext.require();
        return catalog.find(id).orElseThrow(() -> new TenantCatalog.UnknownTenantException(id));
    }

    /** The time zone the current tenant's dates are shown in. */
    public ZoneId zoneId() {
        return profile().zoneId();
    }
}
