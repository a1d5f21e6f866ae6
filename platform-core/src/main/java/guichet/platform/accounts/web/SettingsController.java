package guichet.platform.accounts.web;

import guichet.platform.history.InteractionLog;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.realms.TenantRealms;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.SecondFactor;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantProfile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant's sign-in settings: the second factor asked at each new session, and whether customers may register. */
@Controller
@RequiresPermission(CorePermissions.SETTINGS_MANAGE)
class SettingsController {

    static final String VIEW = "platform/settings";

    private final CurrentTenant tenant;
    private final TenantCatalog catalog;
    private final TenantRealms realms;
    private final InteractionLog history;

    SettingsController(CurrentTenant tenant, TenantCatalog catalog, TenantRealms realms, InteractionLog history) {
        this.tenant = tenant;
        this.catalog = catalog;
        this.realms = realms;
        this.history = history;
    }

    @GetMapping("/admin/settings")
    String show(Model model) {
        model.addAttribute("form", SettingsForm.of(tenant.profile().identity()));
        model.addAttribute("factors", SecondFactor.values());
        return VIEW;
    }

    @PostMapping("/admin/settings")
    String change(@ModelAttribute("form") SettingsForm form, RedirectAttributes flash) {
        TenantProfile profile = tenant.profile();
        TenantProfile changed = catalog.changeIdentity(profile.id(), form.applyTo(profile.identity()));
        realms.ensure(changed);
        history.record(
                "SETTINGS_CHANGED",
                "tenant",
                profile.slug(),
                changed.identity().secondFactor() + " · self-registration "
                        + changed.identity().selfRegistration());
        flash.addFlashAttribute("notice", "settings.saved");
        return "redirect:/admin/settings";
    }
}
