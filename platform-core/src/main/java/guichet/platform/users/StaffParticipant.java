package guichet.platform.users;

import guichet.platform.identity.Role;
import guichet.platform.ids.SiteId;
import guichet.platform.modules.Participant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A module's part in opening or changing a staff account, a synchronous port: called before the account is saved,
 * for tenants that have the module, with the roles and the site the administrator chose; it refuses them by throwing
 * a {@link guichet.platform.modules.Refusal}, whose message the form shows beside the site (the shops module: « each
 * agent belongs to one agency » where the tenant says so, seed 000).
 */
public interface StaffParticipant extends Participant {

    /** Takes part in a staff account about to have these roles and work at this site (none when null). */
    void onStaff(Set<Role> roles, @Nullable SiteId site);
}
