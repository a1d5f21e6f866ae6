package guichet.platform.security;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.identity.SignedInUsers;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.web.AnyHost;
import guichet.platform.web.NotFound;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where signing in starts: straight to the host's realm, or, after a refused sign-in, a page that says why and offers
 * to try again. Guichet has no login form of its own.
 */
@Controller
@AnyHost
@RequiresPermission(RequiresPermission.PUBLIC)
class SignInPage {

    static final String VIEW = "platform/sign-in";
    private static final Set<String> KNOWN_ERRORS =
            Set.of(SignedInUsers.DISABLED, SignedInUsers.NOT_SET_UP, "access_denied", "failed");

    private final CurrentTenant tenant;

    SignInPage(CurrentTenant tenant) {
        this.tenant = tenant;
    }

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) @Nullable String error, Model model) {
        if (error == null) {
            return "redirect:" + PortalAuthorizationRequests.BASE_URI + "/" + TenantClientRegistrations.currentRealm();
        }
        model.addAttribute("error", KNOWN_ERRORS.contains(error) ? error : "failed");
        model.addAttribute(
                "signInUrl", PortalAuthorizationRequests.BASE_URI + "/" + TenantClientRegistrations.currentRealm());
        return VIEW;
    }

    /** A visitor's own registration, when the tenant allows it. */
    @GetMapping("/register")
    String register() {
        if (TenantContext.current().isEmpty() || !tenant.profile().identity().selfRegistration()) {
            throw new NotFound("Registration");
        }
        return "redirect:" + PortalAuthorizationRequests.BASE_URI + "/" + TenantClientRegistrations.currentRealm()
                + "?register";
    }

    /** The code of a failed sign-in, for the page to explain. */
    static String errorCode(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth2) {
            String code = oauth2.getError().getErrorCode();
            return KNOWN_ERRORS.contains(code) ? code : "failed";
        }
        return "failed";
    }
}
