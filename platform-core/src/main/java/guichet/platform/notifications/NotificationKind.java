package guichet.platform.notifications;

import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import java.util.regex.Pattern;

/**
 * A kind of notification a module sends, such as {@code claims.ticket-replied}: registered as a bean by the module that
 * sends it, shown on each user's preferences page (to the audience it concerns) with the defaults given here, which
 * apply until the user changes them.
 *
 * <p>Its id starts with the id of the module that owns it ({@code claims.}, or {@code core.} for platform core's own):
 * a tenant's users see the kinds of the modules their tenant has. No component is null.
 *
 * @param id the kind's id, {@code <module>.<name>} in lower case with dashes, at most 80 characters
 * @param labelKey the message key of its name on the preferences page, so tenant vocabulary applies
 * @param audience who receives it, hence whose preferences page shows it
 * @param emailByDefault whether a user gets it by e-mail until he chooses otherwise
 * @param inAppByDefault whether a user gets it on the platform until he chooses otherwise
 */
public record NotificationKind(
        String id, String labelKey, Audience audience, boolean emailByDefault, boolean inAppByDefault) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    /** Who a kind of notification is for. */
    public enum Audience {
        /** The tenant's staff: administrators, agents, sales representatives, sellers. */
        STAFF,
        /** Customers' accounts. */
        CUSTOMER,
        /** Everyone. */
        ALL,
        /** The tenant's administrators only (a missing payment, say). */
        ADMINISTRATORS;

        /** Whether a user, staff or customer, belongs to this audience. */
        public boolean includes(boolean staff) {
            return this == ALL || (this == ADMINISTRATORS ? staff : (this == STAFF) == staff);
        }

        /** Whether this user belongs to this audience. */
        public boolean includes(GuichetUser user) {
            return this == ADMINISTRATORS ? user.roles().contains(Role.TENANT_ADMIN) : includes(user.isStaff());
        }
    }

    /** @throws IllegalArgumentException if the id or label key is malformed */
    public NotificationKind {
        if (id.length() > 80 || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A notification kind id is <module>.<name> in lower case with dashes,"
                    + " at most 80 characters, such as claims.ticket-replied: " + id);
        }
        if (labelKey.isBlank()) {
            throw new IllegalArgumentException("Notification kind " + id + " needs a label key");
        }
    }

    /** The module that owns the kind: the first part of its id. */
    public String module() {
        return id.substring(0, id.indexOf('.'));
    }
}
