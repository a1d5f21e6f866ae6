package guichet.platform.theming.definition;

/** WCAG 2.1 contrast ratios between two {@code #rrggbb} colours. */
final class Contrast {

    /** Normal text (WCAG 1.4.3, level AA). */
    static final double TEXT = 4.5;
    /** Focus indicators and control borders (WCAG 1.4.11). */
    static final double NON_TEXT = 3.0;

    private Contrast() {}

    static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xff)
                + 0.7152 * channel((rgb >> 8) & 0xff)
                + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
