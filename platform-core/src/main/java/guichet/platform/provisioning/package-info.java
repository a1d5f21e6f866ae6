/** Creating tenants: checking the request, creating and migrating the schema, then entering it in the catalogue. */
@NamedInterface("provisioning")
@NullMarked
package guichet.platform.provisioning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
