/** The tenant's catalogue of products and services, each with a code and an on-sale flag. */
@NamedInterface("catalog")
@NullMarked
package guichet.platform.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
