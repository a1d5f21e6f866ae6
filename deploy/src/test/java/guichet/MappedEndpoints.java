package guichet;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.security.HandlerPermissions;
import guichet.platform.web.ConsoleEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The application's own request mappings, read for the permission matrix tests. */
final class MappedEndpoints {

    /** One GET path, made concrete, with the permission its handler declares. */
    record Endpoint(String path, String permission) {}

    private final RequestMappingHandlerMapping mappings;

    MappedEndpoints(RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    /** Guichet's handlers of tenant hosts, API and pages, that declare no permission; there should be none. */
    List<String> undeclared() {
        List<String> undeclared = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (HandlerPermissions.mustDeclare(method) && HandlerPermissions.declaredBy(method) == null) {
                undeclared.add(info.toString());
            }
        });
        return undeclared;
    }

    /** Every GET of a tenant host that needs something (not {@code PUBLIC}), API or pages as {@code api} says. */
    List<Endpoint> guardedGets(boolean api) {
        Predicate<RequestMappingInfo> wanted = info -> isApi(info) == api;
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            RequiresPermission required = HandlerPermissions.declaredBy(method);
            Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
            if (HandlerPermissions.mustDeclare(method)
                    && wanted.test(info)
                    && required != null
                    && !RequiresPermission.PUBLIC.equals(required.value())
                    && (verbs.isEmpty() || verbs.contains(RequestMethod.GET))) {
                for (String pattern : info.getPatternValues()) {
                    endpoints.add(new Endpoint(concrete(pattern), required.value()));
                }
            }
        });
        return endpoints;
    }

    /** A GET mapping of a tenant's host or of the console: its pattern as mapped and its handler's permission. */
    record PageMapping(String pattern, String permission) {}

    /**
     * Every GET mapping that is not the API, of the tenants' hosts ({@code console} false, with the permission each
     * declares) or of the base host (true, permission {@code null}): the pages, the files and the fragments.
     */
    List<PageMapping> getMappings(boolean console) {
        List<PageMapping> found = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
            boolean consoleHandler = method.getBeanType().getName().startsWith("guichet.")
                    && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ConsoleEndpoint.class);
            boolean wanted = console ? consoleHandler : HandlerPermissions.mustDeclare(method);
            if (!wanted || isApi(info) || !(verbs.isEmpty() || verbs.contains(RequestMethod.GET))) {
                return;
            }
            RequiresPermission required = HandlerPermissions.declaredBy(method);
            for (String pattern : info.getPatternValues()) {
                found.add(new PageMapping(pattern, required == null ? null : required.value()));
            }
        });
        return found;
    }

    /** Every operation of the base host's handlers (the console, sign-up, Stripe's webhook), made concrete. */
    List<Operation> consoleOperations() {
        List<Operation> operations = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getName().startsWith("guichet.")
                    || !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ConsoleEndpoint.class)) {
                return;
            }
            Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (verbs.isEmpty()) {
                    operations.add(new Operation(concrete(pattern), "get"));
                }
                verbs.forEach(verb -> operations.add(
                        new Operation(concrete(pattern), verb.name().toLowerCase(Locale.ROOT))));
            }
        });
        return operations;
    }

    /** One operation of the API: a path pattern as mapped ({@code /api/customers/{number}}) and an HTTP method. */
    record Operation(String pattern, String method) {}

    /** Every operation mapped under {@code /api}, by anyone: a mapping without a method counts as GET. */
    List<Operation> apiOperations() {
        List<Operation> operations = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!isApi(info)) {
                return;
            }
            Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (verbs.isEmpty()) {
                    operations.add(new Operation(pattern, "get"));
                }
                verbs.forEach(verb ->
                        operations.add(new Operation(pattern, verb.name().toLowerCase(Locale.ROOT))));
            }
        });
        return operations;
    }

    /** Fills path variables with values that exist in the demo tenant, or with an id that exists nowhere. */
    private static String concrete(String pattern) {
        return pattern.replace("{number}", "C0001000").replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
    }

    private static boolean isApi(RequestMappingInfo info) {
        return info.getPatternValues().stream().anyMatch(p -> p.equals("/api") || p.startsWith("/api/"));
    }
}
