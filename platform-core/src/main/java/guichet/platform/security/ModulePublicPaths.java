package guichet.platform.security;

import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The paths modules declare public ({@link ModuleDescriptor#publicPaths()}), matched only on the host of a tenant that
 * has the module. The routing gate already answers 404 for a module the tenant lacks; this matcher does not rely on
 * it. Matching opens the security chain only: the handler must still declare {@code @RequiresPermission(PUBLIC)}, or
 * the permission check asks the visitor to sign in.
 */
final class ModulePublicPaths implements RequestMatcher {

    private record Declared(String module, RequestMatcher path) {}

    private final List<Declared> declared;
    private final TenantCatalog catalog;

    ModulePublicPaths(ModuleRegistry modules, TenantCatalog catalog) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        this.declared = modules.all().stream()
                .flatMap(module ->
                        module.publicPaths().stream().map(pattern -> new Declared(module.id(), paths.matcher(pattern))))
                .toList();
        this.catalog = catalog;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (declared.isEmpty()) {
            return false;
        }
        return TenantContext.current()
                .flatMap(catalog::find)
                .map(tenant -> declared.stream()
                        .anyMatch(entry ->
                                tenant.hasModule(entry.module()) && entry.path().matches(request)))
                .orElse(false);
    }
}
