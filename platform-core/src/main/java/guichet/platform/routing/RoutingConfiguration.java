package guichet.platform.routing;

import guichet.platform.modules.ModuleRegistry;
import guichet.platform.persistence.TenantMigrations;
import guichet.platform.web.AnyHost;
import guichet.platform.web.ConsoleEndpoint;
import guichet.platform.web.PageTransactions;
import jakarta.servlet.DispatcherType;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.mvc.condition.RequestCondition;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    /** Runs before Spring Security (order -100) so that security always knows the tenant. */
    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<TenantResolutionFilter> tenantResolutionFilter(
            HostResolver hosts, TenantMigrations migrations, ModuleRegistry modules, RefusalPages refusals) {
        FilterRegistrationBean<TenantResolutionFilter> registration =
                new FilterRegistrationBean<>(new TenantResolutionFilter(hosts, migrations, modules, refusals));
        registration.setOrder(FILTER_ORDER);
        registration.setDispatcherTypes(
                DispatcherType.REQUEST,
                DispatcherType.ERROR,
                DispatcherType.ASYNC,
                DispatcherType.FORWARD,
                DispatcherType.INCLUDE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Spring Boot takes one: host-scoped mappings, and one read-only transaction per page ({@link PageTransactions}). */
    @Bean
    WebMvcRegistrations hostScopedMappings(PlatformTransactionManager transactions) {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new HostScopedHandlerMapping();
            }

            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new PageTransactions(transactions);
            }
        };
    }

    private static final class HostScopedHandlerMapping extends RequestMappingHandlerMapping {
        // A method-level condition: Spring applies type-level ones only to classes with a @RequestMapping of their own.
        @Override
        protected @Nullable RequestCondition<?> getCustomMethodCondition(Method method) {
            Class<?> handlerType = method.getDeclaringClass();
            if (AnnotatedElementUtils.hasAnnotation(handlerType, ConsoleEndpoint.class)) {
                return new HostScope(HostScope.Audience.CONSOLE);
            }
            if (AnnotatedElementUtils.hasAnnotation(handlerType, AnyHost.class)) {
                return null;
            }
            if (handlerType.getPackageName().startsWith("guichet.")) {
                return new HostScope(HostScope.Audience.TENANT);
            }
            return null;
        }
    }
}
