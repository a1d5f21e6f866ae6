package guichet.platform.testing;

import jakarta.persistence.Entity;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Checks every entity under a package against a migrated tenant schema with Hibernate's schema validator, with the
 * naming strategies the application uses. The application cannot do it at start-up: its default schema holds no
 * tenant tables.
 */
public final class SchemaValidation {

    private SchemaValidation() {}

    /**
     * @throws org.hibernate.tool.schema.spi.SchemaManagementException at the first mismatch
     * @return how many entities were checked
     */
    public static int validate(DataSource dataSource, String schema, String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.DEFAULT_SCHEMA, schema)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new CamelCaseToUnderscoresNamingStrategy())
                .applySetting(AvailableSettings.IMPLICIT_NAMING_STRATEGY, new SpringImplicitNamingStrategy())
                .build();
        MetadataSources sources = new MetadataSources(registry);
        int entities = 0;
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            sources.addAnnotatedClass(ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
            entities++;
        }
        try (SessionFactory ignored = sources.buildMetadata().buildSessionFactory()) {
            return entities;
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
