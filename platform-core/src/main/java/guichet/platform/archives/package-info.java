/**
 * A tenant out and back in: one archive of everything each storage engine keeps for it (the schema's rows, the realm's
 * users and roles, the files), restored into a fresh tenant, and a tenant's deletion from every engine, through one
 * contract each engine implements ({@link guichet.platform.archives.TenantDataPart}).
 */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Tenant archives",
        allowedDependencies = {
            "platform.identity",
            "platform.persistence",
            "platform.provisioning",
            "platform.realms",
            "platform.tenancy"
        })
@NullMarked
package guichet.platform.archives;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
