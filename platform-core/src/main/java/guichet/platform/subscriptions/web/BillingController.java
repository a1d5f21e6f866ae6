package guichet.platform.subscriptions.web;

import guichet.platform.billing.BillingUnavailable;
import guichet.platform.billing.ModulePrices;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.subscriptions.BillingSettings;
import guichet.platform.subscriptions.TenantBilling;
import guichet.platform.subscriptions.TenantBilling.Change;
import guichet.platform.subscriptions.TenantSubscription;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.web.Origins;
import guichet.platform.web.OutsidePageTransaction;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The billing page of a tenant's administrator ({@code /admin/billing}): the modules with their prices and the
 * tenant's right to each, the monthly amount and the next invoice's date, a first module bought through Stripe
 * Checkout, a module added or removed after Stripe's prorated preview, the invoices, Stripe's customer portal.
 */
@Controller
@RequiresPermission(CorePermissions.BILLING_MANAGE)
@OutsidePageTransaction // its pages ask Stripe: no database connection held meanwhile
class BillingController {

    static final String VIEW = "platform/billing";
    static final String PREVIEW_VIEW = "platform/billing-change";

    private static final Logger log = LoggerFactory.getLogger(BillingController.class);

    private final CurrentTenant tenant;
    private final CurrentUser user;
    private final TenantBilling billing;
    private final ModulePrices prices;
    private final ModuleRegistry modules;
    private final BillingSettings settings;

    BillingController(
            CurrentTenant tenant,
            CurrentUser user,
            TenantBilling billing,
            ModulePrices prices,
            ModuleRegistry modules,
            BillingSettings settings) {
        this.tenant = tenant;
        this.user = user;
        this.billing = billing;
        this.prices = prices;
        this.modules = modules;
        this.settings = settings;
    }

    @GetMapping("/admin/billing")
    String show(Model model, Locale locale) {
        TenantProfile profile = tenant.profile();
        BillingPage page = BillingPage.of(profile, locale, billing, prices, modules, settings);
        model.addAttribute("billing", page);
        return VIEW;
    }

    /** Subscribes to a module: through Checkout the first time, after a prorated preview when subscribed already. */
    @PostMapping("/admin/billing/modules")
    Object subscribe(@RequestParam String module, HttpServletRequest request, RedirectAttributes flash) {
        TenantProfile profile = tenant.profile();
        if (!isModule(module)) {
            return refused(flash, "billing.refused.unknown");
        }
        Optional<TenantSubscription> subscription = billing.subscription(profile);
        if (subscription.isPresent()
                && subscription.get().stripeSubscriptionId().isPresent()
                && subscription.get().cancelledAt().isEmpty()) {
            return new RedirectView("/admin/billing/change?action=add&module=" + module, true);
        }
        try {
            String email = user.get().map(GuichetUser::email).orElseThrow();
            RedirectView toStripe = new RedirectView(billing.checkout(profile, module, email, Origins.of(request)));
            toStripe.setStatusCode(HttpStatus.SEE_OTHER);
            return toStripe;
        } catch (BillingUnavailable e) {
            log.warn("Checkout for {} of {} failed: {}", profile.slug(), module, e.getMessage());
            return refused(flash, "billing.refused.unavailable");
        } catch (TenantBilling.NotForSale e) {
            return refused(flash, "billing.refused.notForSale");
        }
    }

    @GetMapping("/admin/billing/change")
    Object preview(
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String module,
            Model model,
            RedirectAttributes flash,
            Locale locale) {
        TenantProfile profile = tenant.profile();
        Optional<Change> change = change(action, module);
        if (change.isEmpty()) {
            return refused(flash, "billing.refused.unknown");
        }
        try {
            model.addAttribute(
                    "preview", BillingPreview.of(profile, locale, modules, billing.preview(profile, change.get())));
            return PREVIEW_VIEW;
        } catch (BillingUnavailable e) {
            log.warn("Preview for {} failed: {}", profile.slug(), e.getMessage());
            return refused(flash, "billing.refused.unavailable");
        } catch (TenantBilling.NotForSale e) {
            return refused(flash, "billing.refused.notForSale");
        } catch (TenantBilling.NotSubscribed e) {
            return refused(flash, "billing.refused.notSubscribed");
        }
    }

    @PostMapping("/admin/billing/change")
    RedirectView apply(
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String module,
            RedirectAttributes flash) {
        TenantProfile profile = tenant.profile();
        Optional<Change> change = change(action, module);
        if (change.isEmpty()) {
            return refused(flash, "billing.refused.unknown");
        }
        try {
            billing.apply(profile, change.get());
            flash.addFlashAttribute(
                    "notice", change.get().kind() == Change.Kind.ADD ? "billing.added" : "billing.removed");
            return new RedirectView("/admin/billing", true);
        } catch (BillingUnavailable e) {
            log.warn("Change for {} failed: {}", profile.slug(), e.getMessage());
            return refused(flash, "billing.refused.unavailable");
        } catch (TenantBilling.NotForSale e) {
            return refused(flash, "billing.refused.notForSale");
        } catch (TenantBilling.NotSubscribed e) {
            return refused(flash, "billing.refused.notSubscribed");
        }
    }

    /** Stripe's customer portal: payment methods and billing details. */
    @PostMapping("/admin/billing/portal")
    RedirectView portal(HttpServletRequest request, RedirectAttributes flash) {
        try {
            RedirectView toStripe =
                    new RedirectView(billing.portal(tenant.profile(), Origins.of(request) + "/admin/billing"));
            toStripe.setStatusCode(HttpStatus.SEE_OTHER);
            return toStripe;
        } catch (BillingUnavailable e) {
            return refused(flash, "billing.refused.unavailable");
        } catch (TenantBilling.NotSubscribed e) {
            return refused(flash, "billing.refused.notSubscribed");
        }
    }

    private Optional<Change> change(String action, String module) {
        if (!isModule(module)) {
            return Optional.empty();
        }
        return switch (action) {
            case "add" -> Optional.of(new Change(Change.Kind.ADD, module));
            case "remove" -> Optional.of(new Change(Change.Kind.REMOVE, module));
            default -> Optional.empty();
        };
    }

    private boolean isModule(String module) {
        return modules.find(module).isPresent();
    }

    private static RedirectView refused(RedirectAttributes flash, String messageKey) {
        flash.addFlashAttribute("problem", messageKey);
        return new RedirectView("/admin/billing", true);
    }
}
