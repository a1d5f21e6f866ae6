package guichet.platform.realms;

import guichet.platform.tenancy.TenancyProperties;
import guichet.platform.tenancy.TenantProfile;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The addresses browsers reach a tenant's portal, or the console, on: what Keycloak must accept as redirects. */
@Component
public class PortalOrigins {

    private final KeycloakProperties keycloak;
    private final TenancyProperties tenancy;
    private volatile int serverPort;

    PortalOrigins(KeycloakProperties keycloak, TenancyProperties tenancy) {
        this.keycloak = keycloak;
        this.tenancy = tenancy;
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        if (!"management".equals(event.getApplicationContext().getServerNamespace())) {
            serverPort = event.getWebServer().getPort();
        }
    }

    /** Every origin of a tenant's portal: its sub-domain and its custom domains. */
    public List<String> of(TenantProfile tenant) {
        List<String> origins = new ArrayList<>();
        origins.add(origin(tenancy.subdomainHost(tenant.id())));
        tenant.customDomains().stream().sorted().forEach(host -> origins.add(origin(host)));
        return origins;
    }

    /** Every origin of the platform console. */
    public List<String> console() {
        List<String> origins = new ArrayList<>();
        origins.add(origin(tenancy.baseDomain()));
        tenancy.consoleHosts().forEach(host -> origins.add(origin(host)));
        return origins;
    }

    private String origin(String host) {
        int port = keycloak.publicPort() > 0 ? keycloak.publicPort() : serverPort;
        boolean defaultPort = port == 0 || port == ("https".equals(keycloak.portalScheme()) ? 443 : 80);
        return keycloak.portalScheme() + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
