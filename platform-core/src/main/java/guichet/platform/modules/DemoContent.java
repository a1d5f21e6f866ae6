package guichet.platform.modules;

import guichet.platform.tenancy.TenantProfile;

/**
 * A module's share of a demo tenant's data (its configuration, sales, tickets…), added once when the demo tenant is
 * first seeded, after platform core's customers, products and accounts. Runs with the tenant bound, in a transaction;
 * implementations are called in {@link org.springframework.core.annotation.Order} order.
 */
public interface DemoContent {

    /** Adds the module's demo data to this freshly seeded demo tenant (its slug says which demo it is). */
    void seed(TenantProfile tenant);
}
