package guichet.platform.security;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ConsoleEndpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/** Reads what a controller method declares with {@link RequiresPermission}: the one reading the checks and tests use. */
public final class HandlerPermissions {

    private HandlerPermissions() {}

    /** The permission a handler needs: its method's, else its class's; null when it declares none. */
    public static @Nullable RequiresPermission declaredBy(HandlerMethod handler) {
        RequiresPermission onMethod =
                AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequiresPermission.class);
        return onMethod != null
                ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequiresPermission.class);
    }

    /**
     * Whether a handler must declare its permission: Guichet's own handlers of tenant hosts. Console handlers are
     * guarded as a whole by the console's security chain.
     */
    public static boolean mustDeclare(HandlerMethod handler) {
        Class<?> type = handler.getBeanType();
        return type.getName().startsWith("guichet.")
                && !AnnotatedElementUtils.hasAnnotation(type, ConsoleEndpoint.class);
    }
}
