package guichet.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.testing.GuichetTest;
import guichet.platform.testing.TestTenants;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

@GuichetTest
class SchemaConnectionsTest {

    private static final String COUNT = "select count(*) from core_customer";

    @Autowired
    TestTenants tenants;

    @Autowired
    DataSourceProperties database;

    @Test
    void eachSessionWorksInItsTenantsSchemaAndTheConnectionGoesBackNeutralKeepingItsPreparedStatements()
            throws SQLException {
        TenantProfile lyon = tenants.create("lyonschema");
        TenantProfile nice = tenants.create("niceschema");
        try (HikariDataSource single = new HikariDataSource()) {
            single.setJdbcUrl(database.determineUrl());
            single.setUsername(database.determineUsername());
            single.setPassword(database.determinePassword());
            single.setMaximumPoolSize(1);
            SchemaConnections connections = new SchemaConnections(single, new TenantSchemas());

            for (int i = 0; i < 12; i++) {
                for (TenantProfile tenant : new TenantProfile[] {lyon, nice}) {
                    String schema = tenant.id().schemaName();
                    Connection connection = connections.getConnection(schema);
                    try {
                        assertThat(single(connection, "select current_schema()"))
                                .isEqualTo(schema);
                        // A table only the tenants' schemas hold: found in the one the session works in.
                        assertThat(single(connection, COUNT)).isEqualTo("0");
                    } finally {
                        connections.releaseConnection(schema, connection);
                    }
                }
            }

            Connection pooled = connections.getAnyConnection();
            try {
                assertThat(single(pooled, "select current_schema()")).isEqualTo(SchemaConnections.NEUTRAL);
                // The driver prepared the count on the server at its fifth execution of 24 and kept it through the
                // schema changes that followed: the server planned it again in each schema, never from scratch.
                assertThat(Long.parseLong(single(
                                pooled,
                                "select coalesce(max(generic_plans + custom_plans), 0) from pg_prepared_statements"
                                        + " where statement = '" + COUNT + "'")))
                        .isGreaterThanOrEqualTo(19);
            } finally {
                connections.releaseAnyConnection(pooled);
            }
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql);
                var result = statement.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }
}
