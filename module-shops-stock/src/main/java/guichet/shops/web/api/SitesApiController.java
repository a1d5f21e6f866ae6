package guichet.shops.web.api;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.shops.ShopsModule;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's sites as JSON. */
@RestController
@RequiresPermission(ShopsModule.VIEW)
class SitesApiController {

    private final Sites sites;

    SitesApiController(Sites sites) {
        this.sites = sites;
    }

    @GetMapping("/api/shops/sites")
    @Transactional(readOnly = true)
    List<SiteResponse> sites() {
        return sites.findAll(Sort.by("code")).stream().map(SiteResponse::of).toList();
    }

    /** A site as the API shows it. */
    record SiteResponse(
            UUID id,
            String code,
            String name,
            String kind,
            @Nullable String city,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude) {

        static SiteResponse of(Site site) {
            return new SiteResponse(
                    site.id().value(),
                    site.code(),
                    site.name(),
                    site.kind().name(),
                    site.city(),
                    site.latitude(),
                    site.longitude());
        }
    }
}
