package guichet.platform.search;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Supplier;

/**
 * Steers PostgreSQL's planner for one piece of work (ADR 0028): where its estimate of how often typed words occur is
 * poor, it may pick a plan that reads a whole table to find a rare word. The given planner methods are turned off for
 * the current transaction only, and put back as they were right after.
 */
public final class Planner {

    /** Index scans only: no reading of a whole table. */
    public static final List<String> NO_SEQUENTIAL_SCAN = List.of("enable_seqscan");
    /** Through bitmap scans of an index (a full-text one, say), collecting its matches first. */
    public static final List<String> THROUGH_BITMAPS = List.of("enable_seqscan", "enable_indexscan");
    /** Through an index read in its order (the latest first, say), stopping when the page is full. */
    public static final List<String> IN_INDEX_ORDER = List.of("enable_seqscan", "enable_bitmapscan");

    private Planner() {}

    /** Runs the work, inside a transaction, with the given planner methods turned off. */
    public static <T> T without(EntityManager entities, List<String> methods, Supplier<T> work) {
        String[] before = new String[methods.size()];
        for (int i = 0; i < methods.size(); i++) {
            Object[] row = (Object[])
                    entities.createNativeQuery("select current_setting(:name), set_config(:name, 'off', true)")
                            .setParameter("name", methods.get(i))
                            .getSingleResult();
            before[i] = (String) row[0];
        }
        try {
            return work.get();
        } finally {
            for (int i = 0; i < methods.size(); i++) {
                entities.createNativeQuery("select set_config(:name, :value, true)")
                        .setParameter("name", methods.get(i))
                        .setParameter("value", before[i])
                        .getSingleResult();
            }
        }
    }
}
