/**
 * The REST API's OpenAPI document and Swagger UI, at {@code /api-docs} and {@code /api-docs/ui} on every host: one group
 * per module plus the platform's own endpoints, the bearer token scheme, the problem-detail errors. The document
 * describes code, never a tenant's data, so it is the same on every host and needs no token.
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "API documentation",
        allowedDependencies = {"platform.modules"})
@NullMarked
package guichet.platform.apidocs;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
