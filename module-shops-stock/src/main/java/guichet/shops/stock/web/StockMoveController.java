package guichet.shops.stock.web;

import guichet.platform.catalog.Product;
import guichet.platform.catalog.Products;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.modules.Refusal;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.shops.ShopsModule;
import guichet.shops.stock.StockLedger;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a movement at a site: a receipt, a transfer to another site, a customer's return, a correction with its
 * reason, a count, or the alert threshold. A refusal (not enough left, a serial number elsewhere) shows why, with
 * everything typed kept; nothing of the movement is recorded.
 */
@Controller
@RequiresPermission(ShopsModule.STOCK_MOVE)
class StockMoveController {

    static final String FORM = "shops/move";

    /** How many product codes the form suggests; any other code typed is still accepted. */
    static final int PRODUCT_CHOICES = 500;

    private final StockLedger ledger;
    private final Sites sites;
    private final Products products;

    StockMoveController(StockLedger ledger, Sites sites, Products products) {
        this.ledger = ledger;
        this.sites = sites;
        this.products = products;
    }

    @GetMapping("/shops/stock/move")
    String form(@ModelAttribute("move") MoveForm move, Model model) {
        return form(move, null, model);
    }

    @PostMapping("/shops/stock/move")
    String move(@ModelAttribute("move") MoveForm move, Model model, RedirectAttributes flash) {
        try {
            Site site = sites.findByCode(move.getSite()).orElseThrow(() -> new Refusal("shops.stock.refused.site"));
            Product product = products.findByCode(move.getProduct().strip())
                    .orElseThrow(() -> new Refusal("shops.stock.refused.product"));
            List<String> serials = Arrays.stream(move.getSerials().split("[\\s,;]+"))
                    .filter(s -> !s.isBlank())
                    .toList();
            switch (move.kind()) {
                case RECEIPT -> ledger.receive(site.id(), product.id(), move.quantity(), serials, move.getReason());
                case TRANSFER -> {
                    Site to = sites.findByCode(move.getToSite())
                            .orElseThrow(() -> new Refusal("shops.stock.refused.site"));
                    ledger.transfer(site.id(), to.id(), product.id(), move.quantity(), serials);
                }
                case RETURN ->
                    ledger.returned(
                            site.id(), product.id(), serials.isEmpty() ? null : serials.getFirst(), move.getReason());
                case ADJUSTMENT -> ledger.adjust(site.id(), product.id(), move.quantity(), move.getReason());
                case COUNT -> ledger.count(site.id(), product.id(), move.quantity(), serials);
                case THRESHOLD ->
                    ledger.threshold(site.id(), product.id(), move.getQuantity().isBlank() ? null : move.quantity());
            }
            flash.addFlashAttribute("notice", "shops.stock.moved." + move.kind().name());
            return "redirect:/shops/stock?site=" + site.code() + "&product=" + product.code();
        } catch (Refusal refusal) {
            return form(move, refusal, model);
        }
    }

    private String form(MoveForm move, @Nullable Refusal refusal, Model model) {
        model.addAttribute("move", move);
        model.addAttribute("refusal", refusal);
        model.addAttribute("kinds", MoveForm.Kind.values());
        model.addAttribute("sites", sites.findByActiveTrue(Sort.by("code")));
        model.addAttribute(
                "products",
                products.findAll(PageRequest.of(0, PRODUCT_CHOICES, Sort.by("code"))).stream()
                        .filter(p -> p.kind() == Product.Kind.PRODUCT)
                        .toList());
        return FORM;
    }
}
