package guichet.shops.sites;

import guichet.platform.identity.Role;
import guichet.platform.ids.SiteId;
import guichet.platform.modules.Refusal;
import guichet.platform.users.StaffParticipant;
import guichet.shops.ShopsModule;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Seed 000's « un agent de terrain appartient à une et une seule agence », where the tenant turned it on in the
 * shops settings: an agent's or seller's account is refused without the site he works at (a user works at one site
 * at most, always).
 */
@Component
class AgentSites implements StaffParticipant {

    private final LocatorSettingsStore settings;

    AgentSites(LocatorSettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public String module() {
        return ShopsModule.ID;
    }

    @Override
    public void onStaff(Set<Role> roles, @Nullable SiteId site) {
        boolean worksAtASite = roles.contains(Role.AGENT) || roles.contains(Role.SELLER);
        if (site == null && worksAtASite && settings.findById((short) 1).oneSitePerAgent()) {
            throw new Refusal("shops.refused.agentSite");
        }
    }
}
