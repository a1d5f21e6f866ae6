package guichet.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.AbstractDataSourceBasedMultiTenantConnectionProviderImpl;

/**
 * Hands Hibernate a connection of the one shared pool working in the schema of the session's tenant, and gives it back
 * to the pool working in {@link #NEUTRAL}, which holds no application table: a schema never leaks to the next borrower.
 *
 * <p>The schema is set with {@code set_config('search_path', …)}, a query, and not with
 * {@link Connection#setSchema}: the PostgreSQL driver forgets every statement it had prepared on the server when it
 * sees a {@code SET … search_path} unlike the previous one, and the schema goes back and forth between the tenant's
 * and the neutral one at each transaction. Every statement was then parsed and planned again at every execution
 * (issue 13: planning took four times as long as executing on the portal's list). The server itself plans a prepared
 * statement again when it runs in a schema other than the one it was planned in, so a statement of one tenant never
 * runs on another's tables. Two round trips per transaction, where Hibernate's own schema handling and the pool's made
 * five ({@code current_schema()} three times, {@code SET} twice).
 */
final class SchemaConnections extends AbstractDataSourceBasedMultiTenantConnectionProviderImpl<String> {

    /** The schema a connection works in while in the pool: PostgreSQL's default, with no application table. */
    static final String NEUTRAL = "public";

    private final DataSource dataSource;
    private final TenantSchemas schemas;

    SchemaConnections(DataSource dataSource, TenantSchemas schemas) {
        this.dataSource = dataSource;
        this.schemas = schemas;
    }

    @Override
    protected DataSource selectAnyDataSource() {
        return dataSource;
    }

    @Override
    protected DataSource selectDataSource(String tenantIdentifier) {
        return dataSource;
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        String schema = schemas.schemaName(tenantIdentifier);
        Connection connection = super.getConnection(tenantIdentifier);
        try {
            workIn(connection, schema);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        try {
            workIn(connection, NEUTRAL);
        } finally {
            super.releaseConnection(tenantIdentifier, connection);
        }
    }

    /** Sets the connection's schema for the session (not for a transaction: the session's work may roll back). */
    static void workIn(Connection connection, String schema) throws SQLException {
        try (var statement = connection.prepareStatement("select pg_catalog.set_config('search_path', ?, false)")) {
            statement.setString(1, schema);
            statement.execute();
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }
}
