package guichet.platform.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import guichet.platform.tenancy.Entitlement;
import guichet.platform.tenancy.IdentitySettings;
import guichet.platform.tenancy.ModuleOrigin;
import guichet.platform.tenancy.TenancyProperties;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.tenancy.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostResolverTest {

    private final TenantCatalog catalog = mock(TenantCatalog.class);
    private final HostResolver resolver = new HostResolver(
            new TenancyProperties("guichet.example", List.of("127.0.0.1"), 2, Duration.ofSeconds(30)), catalog);
    private final TenantProfile atlas = profile("atlas", Set.of("crm.atlas.tn"));

    @Test
    void theBaseDomainAndItsAliasesServeTheConsole() {
        assertThat(resolver.resolve("guichet.example")).isInstanceOf(HostResolver.Console.class);
        assertThat(resolver.resolve("GUICHET.example:8080")).isInstanceOf(HostResolver.Console.class);
        assertThat(resolver.resolve("127.0.0.1")).isInstanceOf(HostResolver.Console.class);
    }

    @Test
    void aSubdomainResolvesItsTenant() {
        when(catalog.findBySubdomain("atlas")).thenReturn(Optional.of(atlas));
        assertThat(resolver.resolve("atlas.guichet.example:8080")).isEqualTo(new HostResolver.Tenant(atlas));
        assertThat(resolver.resolve("Atlas.Guichet.Example.")).isEqualTo(new HostResolver.Tenant(atlas));
    }

    @Test
    void aCustomDomainResolvesItsTenant() {
        when(catalog.findByCustomDomain("crm.atlas.tn")).thenReturn(Optional.of(atlas));
        assertThat(resolver.resolve("crm.atlas.tn")).isEqualTo(new HostResolver.Tenant(atlas));
    }

    @Test
    void unknownNestedOrMalformedHostsAreUnknown() {
        when(catalog.findBySubdomain(anyString())).thenReturn(Optional.empty());
        when(catalog.findByCustomDomain(anyString())).thenReturn(Optional.empty());
        assertThat(resolver.resolve("nope.guichet.example")).isInstanceOf(HostResolver.Unknown.class);
        assertThat(resolver.resolve("a.atlas.guichet.example")).isInstanceOf(HostResolver.Unknown.class);
        assertThat(resolver.resolve("atlas'--.guichet.example")).isInstanceOf(HostResolver.Unknown.class);
        assertThat(resolver.resolve("evil.com")).isInstanceOf(HostResolver.Unknown.class);
        verify(catalog, never()).findBySubdomain("a.atlas");
        verify(catalog).findByCustomDomain("a.atlas.guichet.example");
    }

    private static TenantProfile profile(String slug, Set<String> domains) {
        return new TenantProfile(
                new TenantId(slug),
                slug,
                TenantStatus.ACTIVE,
                domains,
                Locale.FRENCH,
                ZoneId.of("Africa/Tunis"),
                Currency.getInstance("TND"),
                TenantProfile.DEFAULT_ROUNDING,
                "base",
                Map.of("claims", Entitlement.active("claims", ModuleOrigin.MANUAL, Instant.EPOCH)),
                Map.of(),
                null,
                IdentitySettings.DEFAULT);
    }
}
