package guichet.platform.security;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link RequiresPermission} on pages and API endpoints: nobody signed in is asked to sign in (401 on the API),
 * a user without the permission gets 403.
 */
class PermissionChecks implements HandlerInterceptor {

    private final CurrentUser currentUser;

    PermissionChecks(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        RequiresPermission required = required(handler);
        if (required == null) {
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

    /** The permission a handler needs: its method's, else its class's. */
    static @Nullable RequiresPermission required(Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return null;
        }
        RequiresPermission onMethod =
                AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresPermission.class);
        return onMethod != null
                ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresPermission.class);
    }
}
