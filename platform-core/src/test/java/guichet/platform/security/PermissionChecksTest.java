package guichet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ConsoleEndpoint;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.method.HandlerMethod;

/** The interceptor fails closed: a Guichet handler of a tenant's host that declares no permission is refused. */
class PermissionChecksTest {

    private final CurrentUser nobody = mock(CurrentUser.class);
    private final PermissionChecks checks = new PermissionChecks(nobody);

    static class Undeclared {
        public String page() {
            return "page";
        }
    }

    @RequiresPermission(RequiresPermission.PUBLIC)
    static class Public {
        public String page() {
            return "page";
        }
    }

    @RequiresPermission("users.manage")
    static class Guarded {
        public String page() {
            return "page";
        }
    }

    @ConsoleEndpoint
    static class Console {
        public String page() {
            return "page";
        }
    }

    @Test
    void aHandlerThatDeclaresNothingIsRefused() {
        assertThatThrownBy(() -> preHandle(new Undeclared())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void publicAndConsoleHandlersPassTheInterceptor() throws Exception {
        assertThat(preHandle(new Public())).isTrue();
        assertThat(preHandle(new Console())).isTrue();
    }

    @Test
    void aGuardedHandlerAsksAnAnonymousVisitorToSignIn() {
        when(nobody.get()).thenReturn(Optional.empty());
        assertThatThrownBy(() -> preHandle(new Guarded()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private boolean preHandle(Object controller) throws NoSuchMethodException {
        HandlerMethod handler =
                new HandlerMethod(controller, controller.getClass().getMethod("page"));
        return checks.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), handler);
    }
}
