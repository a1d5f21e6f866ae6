package guichet.platform.routing;

import guichet.platform.tenancy.TenancyProperties;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantProfile;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Decides what a host name addresses. Only catalogue lookups are made; nothing from the host reaches SQL. */
@Component
class HostResolver {

    private static final Pattern HOST_NAME = Pattern.compile(
            "^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$");

    private final TenancyProperties properties;
    private final TenantCatalog catalog;

    HostResolver(TenancyProperties properties, TenantCatalog catalog) {
        this.properties = properties;
        this.catalog = catalog;
    }

    /** What a host addresses. */
    sealed interface Target permits Console, Tenant, Unknown {}

    record Console() implements Target {}

    record Tenant(TenantProfile profile) implements Target {}

    record Unknown() implements Target {}

    Target resolve(String rawHost) {
        String host = normalize(rawHost);
        if (host.equals(properties.baseDomain()) || properties.consoleHosts().contains(host)) {
            return new Console();
        }
        if (!HOST_NAME.matcher(host).matches()) {
            return new Unknown();
        }
        String suffix = "." + properties.baseDomain();
        Optional<TenantProfile> tenant;
        if (host.endsWith(suffix)) {
            String label = host.substring(0, host.length() - suffix.length());
            tenant = label.contains(".") ? catalog.findByCustomDomain(host) : catalog.findBySubdomain(label);
        } else {
            tenant = catalog.findByCustomDomain(host);
        }
        return tenant.<Target>map(Tenant::new).orElseGet(Unknown::new);
    }

    /** Lower-cases a host and strips a port and a trailing dot. */
    static String normalize(String rawHost) {
        String host = rawHost.strip().toLowerCase(Locale.ROOT);
        if (!host.startsWith("[")) {
            int colon = host.indexOf(':');
            if (colon >= 0) {
                host = host.substring(0, colon);
            }
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }
}
