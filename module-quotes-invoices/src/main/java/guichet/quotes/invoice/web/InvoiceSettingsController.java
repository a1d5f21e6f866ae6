package guichet.quotes.invoice.web;

import guichet.platform.identity.RequiresPermission;
import guichet.quotes.QuotesModule;
import guichet.quotes.invoice.Seller;
import guichet.quotes.invoice.SellerSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The seller's mentions every invoice carries: legal name, address, tax identifiers, payment terms. */
@Controller
@RequiresPermission(QuotesModule.CONFIGURE)
class InvoiceSettingsController {

    static final String PAGE = "quotes/invoices/settings";
    static final String PATH = "/quotes/invoices/settings";

    private final SellerSettings settings;

    InvoiceSettingsController(SellerSettings settings) {
        this.settings = settings;
    }

    @GetMapping(PATH)
    String show(Model model) {
        Seller seller = settings.current();
        model.addAttribute("legalName", seller.legalName());
        model.addAttribute("address", seller.address());
        model.addAttribute("taxIds", seller.taxIds());
        model.addAttribute("paymentTerms", seller.paymentTerms());
        return PAGE;
    }

    @PostMapping(PATH)
    String save(
            @RequestParam(required = false) @Nullable String legalName,
            @RequestParam(required = false) @Nullable String address,
            @RequestParam(required = false) @Nullable String taxIds,
            @RequestParam(required = false) @Nullable String paymentTerms,
            Model model,
            RedirectAttributes flash) {
        if (tooLong(legalName, 200) || tooLong(address, 500) || tooLong(taxIds, 300) || tooLong(paymentTerms, 500)) {
            model.addAttribute("legalName", legalName);
            model.addAttribute("address", address);
            model.addAttribute("taxIds", taxIds);
            model.addAttribute("paymentTerms", paymentTerms);
            model.addAttribute("problem", "invoices.settings.tooLong");
            return PAGE;
        }
        settings.change(legalName, address, taxIds, paymentTerms);
        flash.addFlashAttribute("notice", "invoices.settings.saved");
        return "redirect:" + PATH;
    }

    private static boolean tooLong(@Nullable String text, int max) {
        return text != null && text.strip().length() > max;
    }
}
