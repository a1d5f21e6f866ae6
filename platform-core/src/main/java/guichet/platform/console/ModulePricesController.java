package guichet.platform.console;

import guichet.platform.billing.BillingUnavailable;
import guichet.platform.billing.ModulePrice;
import guichet.platform.billing.ModulePrices;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.signup.TrialLength;
import guichet.platform.web.ConsoleEndpoint;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's module prices: each module's monthly amount and currency, published to Stripe when saved. */
@Controller
@ConsoleEndpoint
class ModulePricesController {

    static final String PRICES = "console/prices";

    private final ModulePrices prices;
    private final ModuleRegistry modules;
    private final TrialLength trial;

    ModulePricesController(ModulePrices prices, ModuleRegistry modules, TrialLength trial) {
        this.prices = prices;
        this.modules = modules;
        this.trial = trial;
    }

    /** The free trial a sign-up may start with, in days (zero: none). */
    @PostMapping("/modules/trial")
    String changeTrial(@RequestParam(defaultValue = "") String days, Model model, RedirectAttributes flash) {
        try {
            trial.set(Integer.parseInt(days.strip()));
            flash.addFlashAttribute("notice", "console.trial.saved");
            return "redirect:/modules";
        } catch (IllegalArgumentException outOfRange) {
            model.addAttribute("problem", "console.trial.rejected");
            model.addAttribute("typedTrial", days);
            return page(model, Map.of());
        }
    }

    @GetMapping("/modules")
    String list(Model model) {
        return page(model, Map.of());
    }

    @PostMapping("/modules/{id}/price")
    String change(
            @PathVariable String id,
            @RequestParam String amount,
            @RequestParam String currency,
            Model model,
            RedirectAttributes flash) {
        if (modules.find(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String problem;
        try {
            prices.set(id, parse(amount), Currency.getInstance(currency.strip().toUpperCase(java.util.Locale.ROOT)));
            flash.addFlashAttribute("notice", "console.prices.saved");
            return "redirect:/modules";
        } catch (NumberFormatException unreadable) {
            problem = "console.prices.rejected.unreadable";
        } catch (ModulePrices.PriceRejected rejected) {
            problem = rejected.messageKey();
        } catch (IllegalArgumentException unknownCurrency) {
            problem = "console.prices.rejected.currency";
        } catch (BillingUnavailable stripeRefused) {
            problem = "console.prices.rejected.stripe";
        }
        model.addAttribute("problem", problem);
        model.addAttribute("failedModule", id);
        return page(model, Map.of(id, new Typed(amount, currency)));
    }

    private String page(Model model, Map<String, Typed> typed) {
        Map<String, ModulePrice> current = prices.all();
        Map<String, Typed> shown = new LinkedHashMap<>();
        modules.all().forEach(module -> {
            ModulePrice price = current.get(module.id());
            shown.put(
                    module.id(),
                    typed.getOrDefault(
                            module.id(),
                            price == null
                                    ? new Typed("", ModulePrices.DEFAULT_CURRENCY.getCurrencyCode())
                                    : new Typed(
                                            price.monthlyAmount().toPlainString(),
                                            price.currency().getCurrencyCode())));
        });
        model.addAttribute("modules", modules.all());
        model.addAttribute("prices", current);
        model.addAttribute("typed", shown);
        if (!model.containsAttribute("typedTrial")) {
            model.addAttribute("typedTrial", Long.toString(trial.current().toDays()));
        }
        model.addAttribute("maxTrial", TrialLength.MAX_DAYS);
        return PRICES;
    }

    /** An amount is typed with a point or a comma; grouping spaces are ignored. */
    private static BigDecimal parse(String typed) {
        return new BigDecimal(
                typed.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.'));
    }

    /** What a price's fields show: the owner's typing after a refusal, the saved price otherwise. */
    record Typed(String amount, String currency) {}
}
