package guichet.shops.web;

import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.platform.web.PageLinks;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The tenant's agencies, shops and points of sale. */
@Controller
class SitesController {

    static final String VIEW = "shops/sites";
    static final Set<String> SORTABLE = Set.of("code", "name", "kind", "city");

    private final Sites sites;

    SitesController(Sites sites) {
        this.sites = sites;
    }

    @GetMapping("/shops")
    @Transactional(readOnly = true)
    String sites(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        Page<Site> shown = sites.findAll(PageLinks.request(page, size, sort, dir, SORTABLE, Sort.by("code")));
        model.addAttribute("sites", shown);
        model.addAttribute("links", PageLinks.of("/shops", shown));
        return VIEW;
    }
}
