package guichet.platform.tenancy;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskDecorator;

/**
 * Carries the tenant scope across threads: every task handed to the application's executors (so every {@code @Async}
 * method) runs in its submitter's scope, and every listener of a {@link TenantEvent} runs with the event's tenant bound,
 * before any transaction opens.
 */
@Configuration(proxyBeanMethods = false)
class TenantPropagation {

    @Bean
    TaskDecorator tenantScopeTaskDecorator() {
        return TenantContext::wrap;
    }

    @Bean
    TenantEventListeners tenantEventListeners() {
        return new TenantEventListeners();
    }

    @Aspect
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class TenantEventListeners {

        @Around("(@annotation(org.springframework.context.event.EventListener)"
                + " || @annotation(org.springframework.transaction.event.TransactionalEventListener)"
                + " || @annotation(org.springframework.modulith.events.ApplicationModuleListener))")
        Object bindEventTenant(ProceedingJoinPoint call) throws Throwable {
            Object[] arguments = call.getArgs();
            if (arguments.length == 0 || !(arguments[0] instanceof TenantEvent tenantEvent)) {
                return call.proceed();
            }
            try (TenantContext.Binding ignored =
                    TenantContext.open(new TenantContext.TenantScope(tenantEvent.tenant()))) {
                return call.proceed();
            }
        }
    }
}
