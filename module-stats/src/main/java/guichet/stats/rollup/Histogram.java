package guichet.stats.rollup;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The histogram the rollups keep of every duration, so that medians and percentiles can be read from sums: a duration
 * counts in the bucket of its logarithm, four buckets per doubling, and a percentile is read as the middle of its
 * bucket (within 9 % of the true value, on a logarithmic scale).
 */
public final class Histogram {

    /** The rollups' dimension of the buckets; no module names a dimension so. */
    public static final String DIMENSION = "_duration";

    private static final int PER_DOUBLING = 4;

    private Histogram() {}

    /** The bucket of a duration in seconds, as a member: {@code b000} to {@code b255}, in the order of the buckets. */
    public static String bucket(long seconds) {
        int index = seconds <= 1 ? 0 : (int) Math.floor(PER_DOUBLING * Math.log(seconds) / Math.log(2));
        return "b%03d".formatted(Math.min(index, 255));
    }

    /**
     * A percentile of the durations counted in these buckets, in seconds: the middle of the bucket holding the
     * {@code ceil(p × n)}-th smallest.
     *
     * @param buckets how many durations each bucket holds, by member
     * @param p between 0 and 1
     * @return null when no duration is counted
     */
    public static @Nullable Double percentile(Map<String, Long> buckets, double p) {
        long all = buckets.values().stream().mapToLong(Long::longValue).sum();
        if (all == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p * all));
        long seen = 0;
        for (Map.Entry<String, Long> bucket : new TreeMap<>(buckets).entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                int index = Integer.parseInt(bucket.getKey().substring(1));
                return index == 0 ? 1.0 : Math.pow(2, (index + 0.5) / PER_DOUBLING);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
