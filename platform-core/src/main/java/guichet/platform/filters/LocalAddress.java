package guichet.platform.filters;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/** Addresses a form may send a visitor back to: a path of this host, never another site. */
public final class LocalAddress {

    private static final int MAX_LENGTH = 2100;

    private LocalAddress() {}

    /** Whether {@code target} is a path on this host: {@code /x?y}, not {@code //evil}, {@code /\evil} or a URL. */
    public static boolean isLocal(@Nullable String target) {
        if (target == null || target.isEmpty() || target.length() > MAX_LENGTH) {
            return false;
        }
        if (!target.startsWith("/") || target.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\') {
                return false;
            }
        }
        try {
            URI uri = new URI(target);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
