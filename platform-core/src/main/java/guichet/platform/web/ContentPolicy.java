package guichet.platform.web;

/**
 * The content security policy of the platform's pages: no inline script or style anywhere (the pages and HTMX work
 * within it), images from the platform alone; and the same policy for a page that also shows images from one other
 * origin (the tiles of a tenant's own map server).
 */
public final class ContentPolicy {

    public static final String STANDARD = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private ContentPolicy() {}

    /**
     * The standard policy with {@code origin} ({@code https://tiles.example.org}) added to {@code img-src} alone.
     *
     * @throws IllegalArgumentException if {@code origin} is not a bare scheme, host and port
     */
    public static String allowingImagesFrom(String origin) {
        if (!origin.matches("^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")) {
            throw new IllegalArgumentException("Not an origin: " + origin);
        }
        return STANDARD.replace("img-src 'self' data:", "img-src 'self' data: " + origin);
    }
}
