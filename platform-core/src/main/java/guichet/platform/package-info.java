/**
 * Guichet's platform core, in three layers of application modules, one per sub-package, each declaring its {@link
 * guichet.platform.Layer}: the kernel (tenancy, persistence, routing, security, module plug-ins, languages, page shell,
 * console), the shared model every module reads (customers, users, sites, catalogue, sales, tickets) and the shared
 * services every module calls on (search, notifications, files, saved filters, history, accounts). A module uses only
 * modules of its own layer or below, as its {@code package-info} allows. This package holds only the layer marker and
 * the auto-configuration that registers core.
 */
@NullMarked
package guichet.platform;

import org.jspecify.annotations.NullMarked;
