package guichet.platform.routing;

import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.persistence.TenantMigrations;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Binds each request to the console or to one tenant from its Host header, before Spring Security runs, and refuses
 * what no tenant should answer: unknown hosts (404), suspended tenants (403), tenants still migrating (503), the
 * pages or API of a module the tenant does not have (404), and any change to a module the tenant may only read (403):
 * the one read-only gate every module obeys without code of its own.
 */
class TenantResolutionFilter extends OncePerRequestFilter {

    /** Request attribute holding the {@link TenantProfile} of a tenant request. */
    static final String TENANT_ATTRIBUTE = TenantResolutionFilter.class.getName() + ".tenant";

    private final HostResolver hosts;
    private final TenantMigrations migrations;
    private final ModuleRegistry modules;
    private final RefusalPages refusals;

    TenantResolutionFilter(
            HostResolver hosts, TenantMigrations migrations, ModuleRegistry modules, RefusalPages refusals) {
        this.hosts = hosts;
        this.migrations = migrations;
        this.modules = modules;
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        switch (hosts.resolve(request.getServerName())) {
            case HostResolver.Console ignored -> {
                try (TenantContext.Binding scope = TenantContext.open(new TenantContext.PlatformScope())) {
                    chain.doFilter(request, response);
                }
            }
            case HostResolver.Tenant(TenantProfile tenant) -> serveTenant(tenant, request, response, chain);
            case HostResolver.Unknown ignored -> refusals.unknownHost(request, response);
        }
    }

    private void serveTenant(
            TenantProfile tenant, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!tenant.isActive()) {
            refusals.suspended(request, response);
            return;
        }
        if (!migrations.state(tenant).isServing()) {
            refusals.migrating(request, response);
            return;
        }
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            String path = canonicalPath(request);
            Optional<ModuleDescriptor> module = modules.owning(path);
            if (!isAllowedPath(tenant, path, module)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (module.isPresent() && tenant.isReadOnly(module.get().id()) && !isReading(request)) {
                refusals.readOnly(request, response);
                return;
            }
        }
        request.setAttribute(TENANT_ATTRIBUTE, tenant);
        try (TenantContext.Binding scope = TenantContext.open(new TenantContext.TenantScope(tenant.id()))) {
            chain.doFilter(request, response);
        }
    }

    /** A tenant host never serves actuator endpoints, nor a module the tenant has not bought. */
    private static boolean isAllowedPath(TenantProfile tenant, String path, Optional<ModuleDescriptor> module) {
        if (path.equals("/actuator") || path.startsWith("/actuator/")) {
            return false;
        }
        return module.isEmpty() || tenant.hasModule(module.get().id());
    }

    /** Methods that change nothing: what a read-only module still answers (pages, lists, exports). */
    private static boolean isReading(HttpServletRequest request) {
        return switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS" -> true;
            default -> false;
        };
    }

    /**
     * The path as request mapping will see it, whatever encoding, path parameters, doubled slashes or letter case the
     * client used to disguise it.
     */
    static String canonicalPath(HttpServletRequest request) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        String path = raw.replaceAll(";[^/]*", "");
        try {
            path = UriUtils.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // Left encoded: request mapping will not match it either.
        }
        return path.replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
    }
}
