package guichet.keycloak.emailcode;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Mails a six-digit code to the user and asks for it back. The code itself is never stored: the authentication
 * session only keeps what {@link CodeState} holds.
 */
final class EmailCodeAuthenticator implements Authenticator {

    static final String FORM = "login-email-code.ftl";
    static final String EMAIL_TEMPLATE = "email-code.ftl";
    static final String EMAIL_SUBJECT = "emailCodeSubject";
    /** The form fields, as login-email-code.ftl names them. */
    static final String CODE_FIELD = "emailCode";

    static final String RESEND_BUTTON = "resend";

    private static final Logger LOG = Logger.getLogger(EmailCodeAuthenticator.class);

    private final EmailCodes codes;

    EmailCodeAuthenticator(EmailCodes codes) {
        this.codes = codes;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            context.getEvent().user(user).error(Errors.INVALID_EMAIL);
            Response page = context.form().setError(MessageKeys.NO_EMAIL).createErrorPage(Response.Status.BAD_REQUEST);
            context.failure(AuthenticationFlowError.INVALID_USER, page);
            return;
        }
        Optional<CodeState> stored = read(context.getAuthenticationSession());
        if (stored.isPresent() && codes.usable(stored.get())) {
            // The page was reloaded: the code already sent still works, and a new mail per reload would dodge the
            // resend throttle.
            context.challenge(form(context).createForm(FORM));
            return;
        }
        if (stored.isPresent() && codes.resendWait(stored.get()).isPresent()) {
            context.challenge(
                    form(context).setError(MessageKeys.TOO_MANY_FAILURES).createForm(FORM));
            return;
        }
        if (!send(context)) {
            Response page =
                    context.form().setError(MessageKeys.SEND_FAILED).createErrorPage(Response.Status.BAD_GATEWAY);
            context.failure(AuthenticationFlowError.INTERNAL_ERROR, page);
            return;
        }
        context.challenge(form(context).createForm(FORM));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        String lockout = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (lockout != null) {
            context.getEvent().user(user).error(lockout);
            context.forceChallenge(form(context).setError(MessageKeys.LOCKED).createForm(FORM));
            return;
        }
        MultivaluedMap<String, String> fields = context.getHttpRequest().getDecodedFormParameters();
        Optional<CodeState> stored = read(context.getAuthenticationSession());
        if (fields.containsKey(RESEND_BUTTON)) {
            resend(context, stored);
            return;
        }
        if (stored.isEmpty()) {
            // Nothing to compare with (the mail could not be sent, or the session was restarted): only a new code
            // can help.
            context.challenge(form(context).setError(MessageKeys.EXPIRED).createForm(FORM));
            return;
        }
        String typed = fields.getFirst(CODE_FIELD);
        if (typed == null || typed.isBlank()) {
            context.challenge(form(context)
                    .addError(new FormMessage(CODE_FIELD, MessageKeys.MISSING))
                    .createForm(FORM));
            return;
        }
        check(context, stored.get(), typed);
    }

    private void check(AuthenticationFlowContext context, CodeState stored, String typed) {
        AuthenticationSessionModel session = context.getAuthenticationSession();
        EmailCodes.Verification verification = codes.verify(stored, typed);
        boolean wrongTry = verification.state().failures() > stored.failures();
        if (wrongTry) {
            write(session, verification.state());
        }
        switch (verification.outcome()) {
            case ACCEPTED -> {
                // Spent: nothing of this code may serve again in the session.
                CodeState.NOTE_KEYS.forEach(session::removeAuthNote);
                context.success();
            }
            case WRONG ->
                rejectWrongCode(
                        context,
                        form(context)
                                .addError(new FormMessage(
                                        CODE_FIELD, MessageKeys.INVALID, Integer.toString(verification.triesLeft()))));
            case TOO_MANY_FAILURES -> {
                LoginFormsProvider form = form(context).setError(MessageKeys.TOO_MANY_FAILURES);
                if (wrongTry) {
                    rejectWrongCode(context, form);
                } else {
                    // No comparison was made, so there is nothing for brute-force detection to count.
                    context.challenge(form.createForm(FORM));
                }
            }
            case EXPIRED -> {
                context.getEvent().user(context.getUser()).error(Errors.EXPIRED_CODE);
                context.challenge(form(context).setError(MessageKeys.EXPIRED).createForm(FORM));
            }
        }
    }

    /** A wrong code is a failed login: the event is an error, and failureChallenge lets brute-force detection count it. */
    private static void rejectWrongCode(AuthenticationFlowContext context, LoginFormsProvider form) {
        context.getEvent().user(context.getUser()).error(Errors.INVALID_USER_CREDENTIALS);
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, form.createForm(FORM));
    }

    private void resend(AuthenticationFlowContext context, Optional<CodeState> stored) {
        Optional<Duration> wait = stored.flatMap(codes::resendWait);
        if (wait.isPresent()) {
            // Rounded up, so that the user who waits the time shown is never refused again.
            long seconds = (wait.get().toMillis() + 999) / 1000;
            context.challenge(form(context)
                    .setError(MessageKeys.RESEND_TOO_SOON, Long.toString(seconds))
                    .createForm(FORM));
            return;
        }
        if (!send(context)) {
            context.challenge(form(context).setError(MessageKeys.SEND_FAILED).createForm(FORM));
            return;
        }
        context.challenge(form(context).setInfo(MessageKeys.RESENT).createForm(FORM));
    }

    /** Mails a fresh code and remembers it; false when the mail could not be sent. */
    private boolean send(AuthenticationFlowContext context) {
        EmailCodes.Issued issued = codes.issue();
        UserModel user = context.getUser();
        RealmModel realm = context.getRealm();
        // A mutable map: the template provider adds its own attributes (locale, msg...) to it.
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("code", issued.code());
        attributes.put("validityMinutes", Long.toString(EmailCodes.VALIDITY.toMinutes()));
        try {
            context.getSession()
                    .getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(user)
                    .setAuthenticationSession(context.getAuthenticationSession())
                    .send(EMAIL_SUBJECT, List.of(realmName(realm)), EMAIL_TEMPLATE, attributes);
        } catch (EmailException e) {
            LOG.warnf(e, "Could not mail a login code to user %s of realm %s", user.getId(), realm.getName());
            context.getEvent().user(user).error(Errors.EMAIL_SEND_FAILED);
            return false;
        }
        write(context.getAuthenticationSession(), issued.state());
        return true;
    }

    private static LoginFormsProvider form(AuthenticationFlowContext context) {
        return context.form()
                .setAttribute(
                        "emailCodeAddress", MaskedAddress.of(context.getUser().getEmail()))
                .setAttribute("emailCodeMinutes", Long.toString(EmailCodes.VALIDITY.toMinutes()));
    }

    private static String realmName(RealmModel realm) {
        String displayName = realm.getDisplayName();
        return displayName == null || displayName.isBlank() ? realm.getName() : displayName;
    }

    private static Optional<CodeState> read(AuthenticationSessionModel session) {
        return CodeState.fromNotes(session::getAuthNote);
    }

    private static void write(AuthenticationSessionModel session, CodeState state) {
        state.toNotes().forEach(session::setAuthNote);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    /**
     * Always true: a user without an e-mail address gets a clear message from {@link #authenticate} instead of
     * Keycloak's generic "not configured" failure.
     */
    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // Nothing for the user to set up: the code goes to the address already on the account.
    }

    @Override
    public void close() {
        // Holds no per-request resources.
    }
}
