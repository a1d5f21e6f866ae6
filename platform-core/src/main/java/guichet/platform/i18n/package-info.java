/**
 * Languages (French first, English, Arabic right-to-left), the message bundles of core and modules, and each tenant's
 * own vocabulary layered over them.
 */
@NamedInterface("i18n")
@NullMarked
package guichet.platform.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
