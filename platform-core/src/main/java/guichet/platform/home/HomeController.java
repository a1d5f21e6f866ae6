package guichet.platform.home;

import guichet.platform.customers.Customers;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantProfile;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A tenant portal's home page. */
@Controller
@RequiresPermission(RequiresPermission.PUBLIC)
class HomeController {

    static final String VIEW = "platform/home";

    private final CurrentTenant tenant;
    private final ModuleRegistry modules;
    private final CurrentUser currentUser;
    private final Customers customers;

    HomeController(CurrentTenant tenant, ModuleRegistry modules, CurrentUser currentUser, Customers customers) {
        this.tenant = tenant;
        this.modules = modules;
        this.currentUser = currentUser;
        this.customers = customers;
    }

    @GetMapping("/")
    String home(Model model) {
        TenantProfile profile = tenant.profile();
        Optional<GuichetUser> user = currentUser.get();
        model.addAttribute("tenant", profile);
        model.addAttribute("me", user.orElse(null));
        model.addAttribute(
                "modules",
                modules.enabledFor(profile).stream()
                        .filter(module ->
                                module.navigation().stream().anyMatch(entry -> entry.visibleTo(currentUser::can)))
                        .toList());
        user.flatMap(GuichetUser::customerId)
                .flatMap(customers::find)
                .ifPresent(customer -> model.addAttribute("customer", customer));
        return VIEW;
    }
}
