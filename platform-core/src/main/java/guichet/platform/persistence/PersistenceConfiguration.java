package guichet.platform.persistence;

import guichet.platform.modules.ModuleRegistry;
import guichet.platform.tenancy.TenancyProperties;
import guichet.platform.tenancy.TenantCatalog;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    HibernatePropertiesCustomizer tenantSchemaMapping(DataSource dataSource) {
        TenantSchemas schemas = new TenantSchemas();
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, schemas);
            properties.put(
                    MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, new SchemaConnections(dataSource, schemas));
        };
    }

    /**
     * Spring's JPA transaction manager, behind {@link PageAwareTransactions}: a write asked for while a page is read
     * gets a transaction of its own instead of joining the page's read-only one.
     */
    @Bean
    PlatformTransactionManager transactionManager(
            EntityManagerFactory entityManagerFactory, ObjectProvider<TransactionManagerCustomizers> customizers) {
        JpaTransactionManager jpa = new JpaTransactionManager(entityManagerFactory);
        customizers.ifAvailable(each -> each.customize(jpa));
        return new PageAwareTransactions(jpa);
    }

    @Bean
    TenantMigrations tenantMigrations(
            DataSource dataSource,
            TenantCatalog catalog,
            ModuleRegistry modules,
            ResourcePatternResolver resources,
            TenancyProperties properties,
            ObjectProvider<Callback> callbacks) {
        return new TenantMigrations(
                dataSource,
                catalog,
                modules,
                resources,
                properties.migrationParallelism(),
                callbacks.orderedStream().toList());
    }

    @Bean
    MigrationStarter tenantMigrationStarter(TenantMigrations migrations) {
        return new MigrationStarter(migrations);
    }

    /** Starts background migration once the application is up, and retries failed tenants now and then. */
    static class MigrationStarter {
        private final TenantMigrations migrations;

        MigrationStarter(TenantMigrations migrations) {
            this.migrations = migrations;
        }

        @EventListener(ApplicationReadyEvent.class)
        void onReady() {
            migrations.migrateBehindInBackground();
        }

        @Scheduled(initialDelayString = "5m", fixedDelayString = "5m")
        void retry() {
            migrations.migrateBehindInBackground();
        }
    }
}
