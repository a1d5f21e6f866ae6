/**
 * Guichet's platform core: tenancy, the module plug-in contract, the shared customer, ticket, catalogue, site and
 * user model, the UI shell and the platform console. Feature modules use only the named interfaces exported here.
 */
@ApplicationModule(
        displayName = "Platform core",
        allowedDependencies = {})
package guichet.platform;

import org.springframework.modulith.ApplicationModule;
