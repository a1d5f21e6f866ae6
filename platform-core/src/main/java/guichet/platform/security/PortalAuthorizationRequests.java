package guichet.platform.security;

import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Authorization requests with PKCE, in the visitor's language, and with the few extras a portal link may ask for: the
 * registration page (when the tenant allows it) or a Keycloak account action such as changing one's password.
 * A request for a registration the host does not have resolves to nothing, so it ends as a plain 404.
 */
class PortalAuthorizationRequests implements OAuth2AuthorizationRequestResolver {

    static final String BASE_URI = "/oauth2/authorization";
    private static final Set<String> ACCOUNT_ACTIONS = Set.of("UPDATE_PASSWORD", "UPDATE_EMAIL", "CONFIGURE_TOTP");

    private final DefaultOAuth2AuthorizationRequestResolver delegate;
    private final ClientRegistrationRepository registrations;
    private final CurrentTenant tenant;
    private final LocaleResolver locales;

    PortalAuthorizationRequests(
            ClientRegistrationRepository registrations, CurrentTenant tenant, LocaleResolver locales) {
        this.registrations = registrations;
        this.tenant = tenant;
        this.locales = locales;
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, BASE_URI);
        this.delegate.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(BASE_URI + "/")) {
            return null;
        }
        String registrationId = path.substring(BASE_URI.length() + 1);
        if (registrations.findByRegistrationId(registrationId) == null) {
            return null;
        }
        return extend(delegate.resolve(request), request);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
        if (registrations.findByRegistrationId(registrationId) == null) {
            return null;
        }
        return extend(delegate.resolve(request, registrationId), request);
    }

    private @Nullable OAuth2AuthorizationRequest extend(
            @Nullable OAuth2AuthorizationRequest authorization, HttpServletRequest request) {
        if (authorization == null) {
            return null;
        }
        Map<String, Object> extra = new HashMap<>(authorization.getAdditionalParameters());
        extra.put("ui_locales", locales.resolveLocale(request).getLanguage());
        String action = request.getParameter("kc_action");
        if (action != null && ACCOUNT_ACTIONS.contains(action)) {
            extra.put("kc_action", action);
        }
        if (request.getParameter("register") != null
                && TenantContext.current().isPresent()
                && tenant.profile().identity().selfRegistration()) {
            extra.put("prompt", "create");
        }
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(extra)
                .build();
    }
}
