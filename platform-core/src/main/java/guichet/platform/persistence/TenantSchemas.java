package guichet.platform.persistence;

import guichet.platform.tenancy.NoTenantException;
import guichet.platform.tenancy.TenantContext;
import java.util.regex.Pattern;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which schema a session works in: {@link SchemaConnections} sets it on each JDBC connection Hibernate
 * obtains and sets the neutral one back before the connection goes back to the pool, so a schema never leaks to the
 * next borrower.
 *
 * <p>A session opened with no scope bound works in the platform schema, which holds no tenant table: infrastructure
 * that qualifies its tables (the event publication registry) works there, tenant data is out of reach. Repositories of
 * tenant data refuse such calls outright with {@link NoTenantException} (see {@link TenantRepositoryGuard}).
 */
final class TenantSchemas implements CurrentTenantIdentifierResolver<String> {

    static final String PLATFORM_SCHEMA = "platform";
    private static final String UNBOUND = "<no tenant bound>";
    private static final Pattern TENANT_SCHEMA = Pattern.compile("^tenant_[a-z][a-z0-9_]{1,29}$");

    @Override
    public String resolveCurrentTenantIdentifier() {
        return switch (TenantContext.scope()) {
            case TenantContext.TenantScope(var tenant) -> tenant.schemaName();
            case TenantContext.PlatformScope ignored -> PLATFORM_SCHEMA;
            case null -> UNBOUND;
        };
    }

    /** The schema of a tenant identifier this resolver gave; anything else is refused. */
    String schemaName(String tenantIdentifier) {
        if (UNBOUND.equals(tenantIdentifier)) {
            return PLATFORM_SCHEMA;
        }
        if (PLATFORM_SCHEMA.equals(tenantIdentifier)
                || TENANT_SCHEMA.matcher(tenantIdentifier).matches()) {
            return tenantIdentifier;
        }
        throw new NoTenantException("Refusing to use an unexpected schema name: " + tenantIdentifier);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
