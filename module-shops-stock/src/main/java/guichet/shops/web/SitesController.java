package guichet.shops.web;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import guichet.shops.ShopsModule;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The tenant's agencies, shops and points of sale. */
@Controller
@RequiresPermission(ShopsModule.VIEW)
class SitesController {

    static final String VIEW = "shops/sites";
    static final Set<String> SORTABLE = Set.of("code", "name", "kind", "city");

    private final Sites sites;

    SitesController(Sites sites) {
        this.sites = sites;
    }

    @GetMapping("/shops")
    @Transactional(readOnly = true)
    String sites(ListQuery query, Model model) {
        Page<Site> shown = sites.findAll(query.pageable(SORTABLE, Sort.by("code")));
        model.addAttribute("sites", shown);
        model.addAttribute("links", PageLinks.of("/shops", shown));
        return VIEW;
    }
}
