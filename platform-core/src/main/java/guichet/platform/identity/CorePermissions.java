package guichet.platform.identity;

import java.util.List;

/** The permissions platform core defines itself, with their default roles; modules define theirs in their descriptors. */
public final class CorePermissions {

    /** Create, edit, deactivate staff users and customer accounts, and set their roles. */
    public static final String USERS_MANAGE = "users.manage";
    /** Open and edit customer accounts, set a customer's initial password (sellers, seed 004). */
    public static final String USERS_MANAGE_CUSTOMERS = "users.manage-customers";
    /** See the tenant's whole interaction history (seed 000). */
    public static final String HISTORY_VIEW = "history.view";
    /** Change the tenant's settings: second factor, self-registration. */
    public static final String SETTINGS_MANAGE = "settings.manage";
    /** Subscribe to modules and pay for them: the billing page (administrators only). */
    public static final String BILLING_MANAGE = "billing.manage";
    /** Read, answer, close and pass on to the platform owner what the tenant's users write to its administrators. */
    public static final String CONTACT_ANSWER = "contact.answer";
    /** Use the customer self-service portal. */
    public static final String PORTAL_ACCESS = "portal.access";
    /** Act for the sub-customers linked to one's own customer record. */
    public static final String PORTAL_SUB_CUSTOMERS = "portal.sub-customers";

    /** All of them, with the message keys that describe them and the roles that hold them. */
    public static final List<Permission> ALL = List.of(
            new Permission(USERS_MANAGE, "permission.users.manage"),
            // Sellers open their customers' accounts, and technicians use the sellers' pages (seed 004).
            new Permission(USERS_MANAGE_CUSTOMERS, "permission.users.manage-customers", Role.AGENT, Role.SELLER),
            new Permission(HISTORY_VIEW, "permission.history.view"),
            new Permission(SETTINGS_MANAGE, "permission.settings.manage"),
            new Permission(BILLING_MANAGE, "permission.billing.manage"),
            new Permission(CONTACT_ANSWER, "permission.contact.answer"),
            new Permission(PORTAL_ACCESS, "permission.portal.access", Role.CUSTOMER, Role.RESELLER),
            new Permission(PORTAL_SUB_CUSTOMERS, "permission.portal.sub-customers", Role.RESELLER));

    private CorePermissions() {}
}
