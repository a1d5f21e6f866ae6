package guichet.platform.accounts;

import guichet.platform.identity.Role;
import guichet.platform.modules.Participants;
import guichet.platform.modules.Refusal;
import guichet.platform.realms.AccountRejected;
import guichet.platform.sites.Sites;
import guichet.platform.users.StaffParticipant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Where a staff member works: a site of the tenant, or none; and, where a module of the tenant says so through
 * {@link StaffParticipant}, a site required for his roles (seed 000: an agent belongs to one and only one agency).
 */
@Component
class StaffSites {

    private final Sites sites;
    private final List<StaffParticipant> participants;
    private final Participants calls;

    StaffSites(Sites sites, List<StaffParticipant> participants, Participants calls) {
        this.sites = sites;
        this.participants = List.copyOf(participants);
        this.calls = calls;
    }

    /**
     * @throws AccountRejected on the site field, when the site is unknown or a module refuses it for these roles
     */
    void check(AccountRequest request, Set<Role> roles) {
        if (request.site() != null && sites.find(request.site()).isEmpty()) {
            throw new AccountRejected("site", "users.error.site.unknown");
        }
        try {
            calls.call(participants, participant -> participant.onStaff(roles, request.site()));
        } catch (Refusal refusal) {
            throw new AccountRejected("site", refusal.messageKey());
        }
    }
}
