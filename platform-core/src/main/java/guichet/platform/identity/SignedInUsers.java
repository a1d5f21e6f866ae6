package guichet.platform.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where the security filters find the Guichet user behind a sign-in, a session or a token. Platform core's accounts
 * service implements it over the tenant's user records; the kernel only asks.
 */
public interface SignedInUsers {

    /** Why a sign-in is refused, as OAuth2 error codes shown on the sign-in page. */
    String DISABLED = "account_disabled";

    /** A sign-in by someone Guichet may not create an account for. */
    String NOT_SET_UP = "account_not_set_up";

    /**
     * The user signing in, created at his first sign-in when the tenant allows it.
     *
     * @throws Refused when the account is deactivated, or belongs to nobody Guichet may create
     */
    GuichetUser signIn(Identity identity);

    /**
     * The user behind a session or token now, as the database says: empty when unknown, deactivated, or when his
     * sessions were ended after this one began.
     *
     * @param userId his user record when the session knows it, else {@code null} (a token names only the subject)
     */
    Optional<GuichetUser> current(
            @Nullable UUID userId, String subject, Set<Role> roles, Instant startedAt, boolean token);

    /** The identity behind a sign-in, as the tenant's realm tells it. */
    record Identity(
            String subject,
            String email,
            @Nullable String firstName,
            @Nullable String lastName,
            Set<Role> roles) {}

    /** Why a sign-in cannot go on; {@link #code} is {@link #DISABLED} or {@link #NOT_SET_UP}. */
    class Refused extends RuntimeException {
        private final String code;

        public Refused(String code) {
            super(code);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
