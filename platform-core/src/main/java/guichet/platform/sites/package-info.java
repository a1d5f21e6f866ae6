/** Where the tenant meets its customers: agencies, shops, points of sale and kiosks, with their position. */
@NamedInterface("sites")
@NullMarked
package guichet.platform.sites;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
