package guichet.platform.persistence;

/** Where a tenant's schema stands against the migrations on the classpath. */
public enum MigrationState {
    /** Behind, waiting for a migration worker. */
    PENDING,
    /** Being migrated now. */
    MIGRATING,
    /** At the latest migrations. */
    READY,
    /** The last attempt failed; the tenant stays unavailable until an operator looks. */
    FAILED;

    public boolean isServing() {
        return this == READY;
    }
}
