package guichet.platform.persistence;

import guichet.platform.tenancy.NoTenantException;
import guichet.platform.tenancy.TenantContext;
import jakarta.persistence.Table;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.data.repository.core.support.RepositoryProxyPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Makes every repository of tenant data refuse to run with no tenant bound, naming the repository, instead of failing
 * later with a puzzling SQL error. Repositories of the platform catalogue (entities mapped to the {@code platform}
 * schema) are left alone.
 */
@Component
class TenantRepositoryGuard implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> factory) {
            factory.addRepositoryFactoryCustomizer(
                    repositories -> repositories.addRepositoryProxyPostProcessor(guard()));
        }
        return bean;
    }

    private static RepositoryProxyPostProcessor guard() {
        return (proxy, repository) -> {
            Table table = repository.getDomainType().getAnnotation(Table.class);
            if (table != null && TenantSchemas.PLATFORM_SCHEMA.equals(table.schema())) {
                return;
            }
            String name = repository.getRepositoryInterface().getSimpleName();
            // First in the chain, so that exception translation does not disguise the refusal.
            proxy.addAdvice(0, (MethodInterceptor) call -> {
                if (TenantContext.current().isEmpty()) {
                    throw new NoTenantException(name + "." + call.getMethod().getName()
                            + " was called with no tenant bound. Tenant data is reachable only inside a request on a"
                            + " tenant host, TenantContext.run(..), or a listener of a TenantEvent.");
                }
                return call.proceed();
            });
        };
    }
}
