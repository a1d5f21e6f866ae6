package guichet.platform.shell;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the layout needs to draw the frame of a page.
 *
 * @param brand the organisation's name (the tenant's, or Guichet's on the console)
 * @param console whether the page belongs to the platform console
 * @param language the page's language tag
 * @param rightToLeft whether the page reads right to left
 * @param navigation the navigation links, in order
 * @param languages the language switcher's links
 * @param userName the signed-in user's name, or {@code null} for a visitor
 * @param canRegister whether a visitor may create a customer account here
 * @param unreadNotifications how many notifications the signed-in user of a tenant has not read (the bell's count)
 * @param readOnly whether the page belongs to a module the tenant may only read (the layout says why)
 * @param contactHref the footer's « contact the administrator » link, carrying the page's address, for a signed-in
 *     user of a tenant; {@code null} elsewhere
 * @param contactInbox whether the footer also links to the administrators' inbox of those messages
 */
record Shell(
        String brand,
        boolean console,
        String language,
        boolean rightToLeft,
        List<Link> navigation,
        List<LanguageLink> languages,
        @Nullable String userName,
        boolean canRegister,
        long unreadNotifications,
        boolean readOnly,
        @Nullable String contactHref,
        boolean contactInbox) {

    public boolean signedIn() {
        return userName != null;
    }

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** A navigation link; its label is a message key, so tenant vocabulary applies. */
    record Link(String href, String labelKey, boolean current) {}

    /** A link of the language switcher. */
    record LanguageLink(String code, String href, String label, boolean current) {}
}
