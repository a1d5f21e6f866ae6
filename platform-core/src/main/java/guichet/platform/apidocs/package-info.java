/**
 * The REST API's OpenAPI document and Swagger UI, at {@code /api-docs} and {@code /api-docs/ui} on every host: one group
 * per module plus the platform's own endpoints, the bearer token scheme, the problem-detail errors. The document
 * describes code, never a tenant's data, so it is the same on every host and needs no token.
 */
@NullMarked
package guichet.platform.apidocs;

import org.jspecify.annotations.NullMarked;
