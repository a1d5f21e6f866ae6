/**
 * Schema-per-tenant persistence: Hibernate's schema mapper on the one shared pool, and Flyway per tenant schema with
 * one history table per module.
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Persistence",
        allowedDependencies = {"platform.modules", "platform.tenancy"})
@NullMarked
package guichet.platform.persistence;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
