package guichet.platform.archives;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The archive's {@code manifest.json}: what it holds, where it came from, and how to check it.
 *
 * @param formatVersion the archive format; a restore refuses one it does not know
 * @param tenantSlug the slug of the tenant exported
 * @param displayName its name
 * @param createdAt when the export was made
 * @param settings its catalogue settings, given to the tenant a restore creates
 * @param modules the modules it had open, granted by hand to the restored tenant (a subscription is not carried)
 * @param migrations the migration level of its schema
 * @param parts per part of the export, in order: its entries with their checksums, and its counts
 */
public record ArchiveManifest(
        int formatVersion,
        String tenantSlug,
        String displayName,
        Instant createdAt,
        Settings settings,
        List<String> modules,
        Migrations migrations,
        Map<String, Part> parts) {

    /** The format this application writes and reads. */
    public static final int FORMAT_VERSION = 1;

    /** The archive entry that holds the manifest. */
    public static final String ENTRY = "manifest.json";

    /**
     * The tenant's settings as its catalogue entry holds them.
     *
     * @param vocabulary its own wordings, by language then message key
     */
    public record Settings(
            String defaultLocale,
            String zoneId,
            String currency,
            String rounding,
            String theme,
            Map<String, Map<String, String>> vocabulary,
            String secondFactor,
            boolean selfRegistration,
            @Nullable String passwordPolicy) {}

    /**
     * The schema's migration level.
     *
     * @param fingerprint the fingerprint of the migrations the schema was brought to, as the catalogue records it
     * @param levels per owner of migrations ({@code core}, a module), the highest version applied
     */
    public record Migrations(@Nullable String fingerprint, Map<String, String> levels) {}

    /** One part's entries (by name inside the part's folder) and counts. */
    public record Part(Map<String, Entry> entries, Map<String, Long> counts) {}

    /** One entry's SHA-256 (hexadecimal) and size in bytes. */
    public record Entry(String sha256, long bytes) {}
}
