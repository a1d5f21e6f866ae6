package guichet.platform.persistence;

import guichet.platform.tenancy.NoTenantException;
import guichet.platform.tenancy.TenantContext;
import java.util.regex.Pattern;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.hibernate.context.spi.TenantSchemaMapper;

/**
 * Tells Hibernate which schema a session works in. Hibernate sets it on each JDBC connection it obtains
 * ({@link java.sql.Connection#setSchema}) and restores the previous one before giving the connection back to the pool,
 * so a schema never leaks to the next borrower.
 *
 * <p>A session opened with no scope bound works in the platform schema, which holds no tenant table: infrastructure
 * that qualifies its tables (the event publication registry) works there, tenant data is out of reach. Repositories of
 * tenant data refuse such calls outright with {@link NoTenantException} (see {@link TenantRepositoryGuard}).
 */
final class TenantSchemas implements CurrentTenantIdentifierResolver<String>, TenantSchemaMapper<String> {

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

    @Override
    public String schemaName(String tenantIdentifier) {
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
