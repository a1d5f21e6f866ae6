package guichet.platform.routing;

import guichet.platform.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.condition.AbstractRequestCondition;

/**
 * A request-mapping condition: console controllers answer only on the console's hosts, Guichet's other controllers
 * only on tenant hosts. So {@code /} is the console on the base host and the tenant's home on a tenant host.
 */
final class HostScope extends AbstractRequestCondition<HostScope> {

    enum Audience {
        CONSOLE,
        TENANT
    }

    private final Audience audience;

    HostScope(Audience audience) {
        this.audience = audience;
    }

    @Override
    protected Collection<?> getContent() {
        return Set.of(audience);
    }

    @Override
    protected String getToStringInfix() {
        return " ";
    }

    @Override
    public HostScope combine(HostScope other) {
        return other;
    }

    @Override
    public @Nullable HostScope getMatchingCondition(HttpServletRequest request) {
        boolean console = TenantContext.isPlatform();
        boolean tenant = TenantContext.current().isPresent();
        return (audience == Audience.CONSOLE && console) || (audience == Audience.TENANT && tenant) ? this : null;
    }

    @Override
    public int compareTo(HostScope other, HttpServletRequest request) {
        return 0;
    }
}
