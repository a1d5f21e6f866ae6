package guichet.platform.shell;

import guichet.platform.modules.ModuleRegistry;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantProfile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A tenant portal's home page. */
@Controller
class HomeController {

    static final String VIEW = "platform/home";

    private final CurrentTenant tenant;
    private final ModuleRegistry modules;

    HomeController(CurrentTenant tenant, ModuleRegistry modules) {
        this.tenant = tenant;
        this.modules = modules;
    }

    @GetMapping("/")
    String home(Model model) {
        TenantProfile profile = tenant.profile();
        model.addAttribute("tenant", profile);
        model.addAttribute("modules", modules.enabledFor(profile));
        return VIEW;
    }
}
