package guichet.platform.accounts.web;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.tenancy.CurrentTenant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * One's own account: who Guichet thinks you are, and the ways to change your password, your e-mail address or your
 * authenticator app. The changes themselves happen on the tenant's sign-in pages, never in a form of Guichet's.
 */
@Controller
@RequiresPermission(RequiresPermission.SIGNED_IN)
class AccountController {

    static final String VIEW = "platform/account";

    private final CurrentUser currentUser;
    private final CurrentTenant tenant;

    AccountController(CurrentUser currentUser, CurrentTenant tenant) {
        this.currentUser = currentUser;
        this.tenant = tenant;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("me", currentUser.require());
        model.addAttribute("signIn", "/oauth2/authorization/" + tenant.profile().slug());
        model.addAttribute(
                "secondFactor", tenant.profile().identity().secondFactor().name());
        return VIEW;
    }
}
