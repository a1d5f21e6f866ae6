package guichet.offers.web;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.web.PageLinks;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What the tenant has on sale, the raw material of its offers, packs and promotions. */
@Controller
class OffersController {

    static final String VIEW = "offers/catalog";
    static final Set<String> SORTABLE = Set.of("code", "name", "kind", "provider");

    private final Products products;

    OffersController(Products products) {
        this.products = products;
    }

    @GetMapping("/offers")
    @Transactional(readOnly = true)
    String onSale(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        Page<Product> shown =
                products.findByOnSaleTrue(PageLinks.request(page, size, sort, dir, SORTABLE, Sort.by("name")));
        model.addAttribute("products", shown);
        model.addAttribute("links", PageLinks.of("/offers", shown));
        return VIEW;
    }
}
