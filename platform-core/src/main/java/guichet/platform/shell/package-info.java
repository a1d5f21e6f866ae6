/** The page shell every screen shares: brand, navigation built from the tenant's modules, language switcher. */
@NullMarked
package guichet.platform.shell;

import org.jspecify.annotations.NullMarked;
