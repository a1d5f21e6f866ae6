package guichet.platform.security;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link RequiresPermission} on pages and API endpoints: nobody signed in is asked to sign in (401 on the API),
 * a user without the permission gets 403. A Guichet handler of a tenant's host that declares nothing is refused (403):
 * forgetting the annotation must not open a staff page to every signed-in customer. Console handlers are guarded as a
 * whole by the console's security chain (platform owners only).
 */
class PermissionChecks implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(PermissionChecks.class);

    private final CurrentUser currentUser;

    PermissionChecks(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        RequiresPermission required = HandlerPermissions.declaredBy(method);
        if (required == null) {
            if (HandlerPermissions.mustDeclare(method)) {
                log.error("{} declares no @RequiresPermission; refused", handler);
                throw new AccessDeniedException("No permission declared");
            }
            return true;
        }
        if (RequiresPermission.PUBLIC.equals(required.value())) {
            return true;
        }
        var user = currentUser.get();
        if (user.isEmpty()) {
            throw new AuthenticationCredentialsNotFoundException("Sign in to reach this page");
        }
        if (!RequiresPermission.SIGNED_IN.equals(required.value())
                && !user.get().can(required.value())) {
            throw new AccessDeniedException("Missing permission " + required.value());
        }
        return true;
    }
}
