package guichet.platform.archives;

import guichet.platform.tenancy.TenantProfile;
import java.io.IOException;
import java.util.Optional;

/**
 * What every storage engine that keeps a tenant's data implements, so that a tenant leaves and comes back whole: the
 * database schema, the Keycloak realm and the file store do today; a search index, another database or an object
 * store joins by being one more bean of this type (ADR 43).
 *
 * <p>Parts run in their {@link #order()}: export and restore from the lowest, deletion from the highest. Each writes
 * its entries under its own {@link #name()} in the archive, and the archive's manifest records each entry's SHA-256
 * and size and each part's counts. A part must stream: an archive may be larger than the memory.
 */
public interface TenantDataPart {

    /** The part's name: its folder in the archive and its key in the manifest ({@code schema}, {@code realm}). */
    String name();

    /** Where the part runs among the others; the schema (100) comes before the realm (200) and the files (300). */
    int order();

    /**
     * Writes everything this engine keeps for the tenant into the archive.
     *
     * @param tenant the tenant exported; its scope is not bound, the part binds it if it needs it
     */
    void export(TenantProfile tenant, ArchiveWriter archive) throws IOException;

    /**
     * Puts the archive's entries of this part into the engine for a fresh tenant, created by the caller with the
     * catalogue entry, the migrated schema and the realm already there. A failure leaves cleaning up to the caller, which
     * deletes the whole tenant.
     *
     * @param tenant the fresh tenant, not the one the archive was made from
     * @param archive the archive, its checksums already verified
     */
    void restore(TenantProfile tenant, ArchiveReader archive) throws IOException;

    /** Removes everything this engine keeps for the tenant; nothing there is not an error (a half-made tenant). */
    void delete(TenantProfile tenant);

    /**
     * Why this engine cannot let the tenant be deleted yet, if it cannot (a live subscription still charging it); asked
     * of every part before anything is deleted.
     *
     * @return the message key that says why, or empty when the tenant may go
     */
    default Optional<String> deletionRefusal(TenantProfile tenant) {
        return Optional.empty();
    }
}
