/**
 * Schema-per-tenant persistence: Hibernate's schema mapper on the one shared pool, and Flyway per tenant schema with
 * one history table per module.
 */
@NullMarked
package guichet.platform.persistence;

import org.jspecify.annotations.NullMarked;
