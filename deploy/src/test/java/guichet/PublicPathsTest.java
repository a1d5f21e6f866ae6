package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.security.HandlerPermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What modules declare public and what their handlers declare agree: a handler under a module's public path declares
 * {@code PUBLIC} (otherwise visitors let through by the security chain are asked to sign in anyway), and a module's
 * {@code PUBLIC} handler is under one of its public paths (otherwise the security chain never lets a visitor reach it).
 */
@PlatformTest
class PublicPathsTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ModuleRegistry modules;

    @Test
    void everyModuleHandlerIsPublicExactlyWhenItsPathIsDeclaredPublic() {
        List<String> disagreements = new ArrayList<>();
        List<String> publicHandlers = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!HandlerPermissions.mustDeclare(method)) {
                return;
            }
            RequiresPermission declared = HandlerPermissions.declaredBy(method);
            boolean handlerPublic = declared != null && RequiresPermission.PUBLIC.equals(declared.value());
            for (String pattern : info.getPatternValues()) {
                Optional<ModuleDescriptor> module = modules.owning(pattern);
                if (module.isEmpty()) {
                    continue;
                }
                boolean pathPublic = isDeclaredPublic(module.get(), pattern);
                if (handlerPublic != pathPublic) {
                    disagreements.add(pattern + " (handler " + (handlerPublic ? "" : "not ") + "PUBLIC, path "
                            + (pathPublic ? "" : "not ") + "declared public by "
                            + module.get().id() + ")");
                }
                if (handlerPublic) {
                    publicHandlers.add(pattern);
                }
            }
        });
        assertThat(disagreements).isEmpty();
        assertThat(publicHandlers).as("the claims module's tracking page").contains("/claims/track");
    }

    private static boolean isDeclaredPublic(ModuleDescriptor module, String handlerPattern) {
        PathContainer path = PathContainer.parsePath(handlerPattern);
        return module.publicPaths().stream()
                .anyMatch(pattern ->
                        PathPatternParser.defaultInstance.parse(pattern).matches(path));
    }
}
