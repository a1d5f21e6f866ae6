package guichet.platform.identity;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The signed-in user of the current request, checked against the database by the security filters. */
@Component
public class CurrentUser {

    /** Request attribute the security filters put the {@link GuichetUser} in. */
    public static final String ATTRIBUTE = CurrentUser.class.getName();

    /** The signed-in user, if the request has one. */
    public Optional<GuichetUser> get() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((GuichetUser) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    /**
     * The signed-in user.
     *
     * @throws org.springframework.security.access.AccessDeniedException if nobody is signed in
     */
    public GuichetUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }

    public boolean can(String permission) {
        return get().map(user -> user.can(permission)).orElse(false);
    }
}
