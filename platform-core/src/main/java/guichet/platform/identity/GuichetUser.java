package guichet.platform.identity;

import guichet.platform.ids.CustomerId;
import guichet.platform.ids.SiteId;
import guichet.platform.ids.UserId;
import guichet.platform.tenancy.TenantId;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user of the current request, as the database knows him now (so a deactivation shows at once).
 *
 * @param tenant the tenant he belongs to
 * @param id his user record
 * @param subject his identity in the tenant's realm
 * @param email his e-mail address, also his login
 * @param displayName his name as shown
 * @param roles his roles
 * @param permissions what his roles allow
 * @param customer the customer record a customer account acts for
 * @param site the site a staff user works at
 */
public record GuichetUser(
        TenantId tenant,
        UserId id,
        String subject,
        String email,
        String displayName,
        Set<Role> roles,
        Set<String> permissions,
        @Nullable CustomerId customer,
        @Nullable SiteId site) {

    public GuichetUser {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public Optional<CustomerId> customerId() {
        return Optional.ofNullable(customer);
    }

    public Optional<SiteId> siteId() {
        return Optional.ofNullable(site);
    }
}
