package guichet.claims.web;

import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.Role;
import guichet.platform.ids.SiteId;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a counter demand is recorded (seed 000): the agent's agency. An administrator attached to none chooses the
 * agency he records for; anyone else without one is told why he cannot record here, rather than « not found ».
 */
@Component
class CounterAgency {

    private final Sites sites;

    CounterAgency(Sites sites) {
        this.sites = sites;
    }

    /** Whether this user chooses the agency of each demand he records. */
    boolean chosenBy(GuichetUser user) {
        return user.site() == null && user.roles().contains(Role.TENANT_ADMIN);
    }

    /** Whether this user may record counter demands: he has an agency, or chooses one. */
    boolean open(GuichetUser user) {
        return user.site() != null || chosenBy(user);
    }

    /** The agencies he may choose from, by name; none for a user who has his own. */
    @Transactional(readOnly = true)
    List<Site> choices(GuichetUser user) {
        return chosenBy(user) ? sites.findByActiveTrue(Sort.by("name")) : List.of();
    }

    /** The agency of his demand: his own, or the open one he chose; none if he chose none (or one that is closed). */
    @Transactional(readOnly = true)
    @Nullable
    SiteId of(GuichetUser user, @Nullable UUID chosen) {
        if (user.site() != null) {
            return user.site();
        }
        if (!chosenBy(user) || chosen == null) {
            return null;
        }
        return sites.findById(chosen).filter(Site::active).map(Site::id).orElse(null);
    }
}
