package guichet.platform.shell;

import java.util.List;

/**
 * What the layout needs to draw the frame of a page.
 *
 * @param brand the organisation's name (the tenant's, or Guichet's on the console)
 * @param console whether the page belongs to the platform console
 * @param language the page's language tag
 * @param rightToLeft whether the page reads right to left
 * @param navigation the navigation links, in order
 * @param languages the language switcher's links
 */
record Shell(
        String brand,
        boolean console,
        String language,
        boolean rightToLeft,
        List<Link> navigation,
        List<LanguageLink> languages) {

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** A navigation link; its label is a message key, so tenant vocabulary applies. */
    record Link(String href, String labelKey, boolean current) {}

    /** A link of the language switcher. */
    record LanguageLink(String code, String href, String label, boolean current) {}
}
