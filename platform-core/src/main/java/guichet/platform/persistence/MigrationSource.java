package guichet.platform.persistence;

/**
 * One owner's tenant migrations: platform core's or a module's. Each keeps its own history table in every tenant
 * schema, so modules number their migrations independently.
 *
 * @param owner {@code core} or a module id
 * @param location the Flyway location of its SQL migrations
 */
record MigrationSource(String owner, String location) {

    String historyTable() {
        return "flyway_history_" + owner;
    }

    String resourcePattern() {
        return location.replace("classpath:", "classpath*:") + "/*.sql";
    }
}
