package guichet.platform.tenancy;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tenants are found and kept.
 *
 * @param baseDomain the platform's own host; tenants live at {@code <slug>.<baseDomain>} and the console at the base
 *     domain itself
 * @param consoleHosts further host names that serve the console (an IP address, an internal name)
 * @param migrationParallelism how many tenant schemas are migrated at once in the background
 * @param catalogRefresh how often each instance reloads the tenant catalogue to see other instances' changes
 */
@ConfigurationProperties("guichet.tenancy")
public record TenancyProperties(
        @DefaultValue("localhost") String baseDomain,
        @DefaultValue("127.0.0.1") List<String> consoleHosts,
        @DefaultValue("2") int migrationParallelism,
        @DefaultValue("30s") Duration catalogRefresh) {

    public TenancyProperties {
        baseDomain = baseDomain.toLowerCase(java.util.Locale.ROOT);
        if (migrationParallelism < 1) {
            throw new IllegalArgumentException("guichet.tenancy.migration-parallelism must be at least 1");
        }
    }

    /** The host of a tenant's sub-domain. */
    public String subdomainHost(TenantId tenant) {
        return tenant.slug() + "." + baseDomain;
    }
}
