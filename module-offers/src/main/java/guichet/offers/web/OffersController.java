package guichet.offers.web;

import guichet.offers.OffersModule;
import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What the tenant has on sale, the raw material of its offers, packs and promotions. */
@Controller
@RequiresPermission(OffersModule.VIEW)
class OffersController {

    static final String VIEW = "offers/catalog";
    static final Set<String> SORTABLE = Set.of("code", "name", "kind", "provider");

    private final Products products;

    OffersController(Products products) {
        this.products = products;
    }

    @GetMapping("/offers")
    @Transactional(readOnly = true)
    String onSale(ListQuery query, Model model) {
        Page<Product> shown = products.findByOnSaleTrue(query.pageable(SORTABLE, Sort.by("name")));
        model.addAttribute("products", shown);
        model.addAttribute("links", PageLinks.of("/offers", shown));
        return VIEW;
    }
}
