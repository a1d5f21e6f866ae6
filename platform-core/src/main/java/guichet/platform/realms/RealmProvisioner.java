package guichet.platform.realms;

import guichet.platform.tenancy.SecondFactor;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates a realm, or brings an existing one in line with its {@link RealmSpec}: an existing realm is never an error.
 * A realm whose stored fingerprint matches its spec is left untouched.
 */
@Component
class RealmProvisioner {

    static final String FINGERPRINT_ATTRIBUTE = "guichetSettings";
    static final int LOOPBACK_REDIRECTS_KEPT = 400;

    private static final Logger log = LoggerFactory.getLogger(RealmProvisioner.class);
    private static final List<String> EVENT_TYPES = List.of(
            "LOGIN",
            "LOGIN_ERROR",
            "LOGOUT",
            "LOGOUT_ERROR",
            "REGISTER",
            "REGISTER_ERROR",
            "UPDATE_PASSWORD",
            "UPDATE_EMAIL",
            "RESET_PASSWORD",
            "SEND_RESET_PASSWORD",
            "VERIFY_EMAIL",
            "UPDATE_TOTP",
            "REMOVE_TOTP",
            "CODE_TO_TOKEN_ERROR");

    private final KeycloakAdmin admin;

    /** How many times a realm is gone through when another keeps changing it at the same time. */
    private static final int CONFLICT_ATTEMPTS = 5;

    RealmProvisioner(KeycloakAdmin admin) {
        this.admin = admin;
    }

    /**
     * Makes the realm match its spec. Two instances starting together (or two builds' test servers sharing one
     * Keycloak) may both find it missing and both create it, or a role or the client in it: the one that comes second
     * gets 409 Conflict, waits a moment and goes through the spec again, which now finds what the other made.
     */
    void ensure(RealmSpec spec) {
        for (int attempt = 1; ; attempt++) {
            try {
                ensureOnce(spec);
                return;
            } catch (ClientErrorException conflict) {
                if (conflict.getResponse().getStatus() != 409 || attempt == CONFLICT_ATTEMPTS) {
                    throw conflict;
                }
                log.info(
                        "Keycloak realm {} changed by someone else meanwhile (409); going through it again",
                        spec.name());
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(200, 800));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw conflict;
                }
            }
        }
    }

    private void ensureOnce(RealmSpec spec) {
        String fingerprint = spec.fingerprint();
        Optional<RealmRepresentation> existing = admin.findRealm(spec.name());
        if (existing.isPresent()) {
            Map<String, String> attributes = existing.get().getAttributes() == null
                    ? Map.of()
                    : existing.get().getAttributes();
            if (fingerprint.equals(attributes.get(FINGERPRINT_ATTRIBUTE))) {
                return;
            }
        } else {
            RealmRepresentation created = new RealmRepresentation();
            created.setRealm(spec.name());
            created.setEnabled(true);
            admin.client().realms().create(created);
            log.info("Created Keycloak realm {}", spec.name());
        }
        RealmResource realm = admin.realm(spec.name());
        ensureRoles(realm, spec.roles());
        ensurePortalClient(realm, spec);
        ensureBrowserFlows(realm.flows());
        firstNameOptional(realm);
        enableEmailChange(realm.flows());
        realm.update(settings(spec, fingerprint));
    }

    /** Users change their own e-mail address on the sign-in pages (seed 004); Keycloak ships the action disabled. */
    private static void enableEmailChange(AuthenticationManagementResource flows) {
        flows.getRequiredActions().stream()
                .filter(action -> "UPDATE_EMAIL".equals(action.getAlias()) && !action.isEnabled())
                .findFirst()
                .ifPresent(action -> {
                    action.setEnabled(true);
                    flows.updateRequiredAction(action.getAlias(), action);
                });
    }

    /**
     * Guichet asks a last name only: a company customer has none but its own. Keycloak would otherwise stop such
     * users at each sign-in to complete their profile.
     */
    private static void firstNameOptional(RealmResource realm) {
        UPConfig profile = realm.users().userProfile().getConfiguration();
        UPAttribute firstName = profile.getAttribute("firstName");
        if (firstName != null && firstName.getRequired() != null) {
            firstName.setRequired(null);
            realm.users().userProfile().update(profile);
        }
    }

    private static RealmRepresentation settings(RealmSpec spec, String fingerprint) {
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(spec.name());
        realm.setDisplayName(spec.displayName());
        realm.setEnabled(true);
        realm.setLoginTheme(spec.loginTheme());
        realm.setEmailTheme("guichet");
        realm.setInternationalizationEnabled(true);
        realm.setSupportedLocales(Set.of("fr", "en", "ar"));
        realm.setDefaultLocale(spec.defaultLocale().getLanguage());
        realm.setLoginWithEmailAllowed(true);
        realm.setRegistrationEmailAsUsername(true);
        realm.setDuplicateEmailsAllowed(false);
        realm.setRegistrationAllowed(spec.selfRegistration());
        realm.setVerifyEmail(true);
        realm.setResetPasswordAllowed(true);
        realm.setRememberMe(false);
        realm.setBruteForceProtected(true);
        realm.setPermanentLockout(false);
        realm.setFailureFactor(5);
        realm.setWaitIncrementSeconds(60);
        realm.setMaxFailureWaitSeconds(900);
        realm.setMaxDeltaTimeSeconds(43_200);
        realm.setPasswordPolicy(spec.passwordPolicy());
        realm.setBrowserFlow(spec.browserFlow());
        realm.setSmtpServer(smtp(spec.mail()));
        realm.setEventsEnabled(true);
        realm.setEventsExpiration(90L * 24 * 3600);
        realm.setEnabledEventTypes(EVENT_TYPES);
        realm.setEventsListeners(List.of("jboss-logging"));
        realm.setAdminEventsEnabled(true);
        realm.setAttributes(Map.of(FINGERPRINT_ATTRIBUTE, fingerprint));
        return realm;
    }

    static Map<String, String> smtp(RealmSpec.Mail mail) {
        Map<String, String> smtp = new HashMap<>();
        smtp.put("host", mail.host());
        smtp.put("port", String.valueOf(mail.port()));
        smtp.put("from", mail.from());
        smtp.put("fromDisplayName", mail.fromDisplayName());
        boolean auth = mail.username() != null && !mail.username().isBlank();
        smtp.put("auth", String.valueOf(auth));
        if (auth) {
            smtp.put("user", mail.username());
            smtp.put("password", mail.password());
        }
        // Keycloak sends sign-in codes and password links: over TLS everywhere but on a developer's machine.
        smtp.put("starttls", String.valueOf("starttls".equals(mail.tls())));
        smtp.put("ssl", String.valueOf("ssl".equals(mail.tls())));
        return smtp;
    }

    private static void ensureRoles(RealmResource realm, List<String> roles) {
        Set<String> existing =
                realm.roles().list().stream().map(RoleRepresentation::getName).collect(Collectors.toSet());
        for (String role : roles) {
            if (!existing.contains(role)) {
                realm.roles().create(new RoleRepresentation(role, "Guichet role " + role, false));
            }
        }
    }

    private static void ensurePortalClient(RealmResource realm, RealmSpec spec) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(spec.clientId());
        client.setName("Guichet");
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setSecret(spec.clientSecret());
        client.setStandardFlowEnabled(true);
        client.setDirectAccessGrantsEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setServiceAccountsEnabled(false);
        client.setRootUrl(spec.origins().getFirst());
        client.setBaseUrl(spec.origins().getFirst() + "/");
        List<ClientRepresentation> found = realm.clients().findByClientId(spec.clientId());
        List<String> redirects =
                spec.origins().stream().map(origin -> origin + "/*").toList();
        if (!found.isEmpty()) {
            redirects = withLoopbackRedirectsOf(found.getFirst(), redirects);
        }
        client.setRedirectUris(redirects);
        client.setWebOrigins(spec.origins());
        client.setFrontchannelLogout(false);
        client.setAttributes(Map.of(
                "pkce.code.challenge.method", "S256", "post.logout.redirect.uris", String.join("##", redirects)));
        client.setProtocolMappers(List.of(rolesMapper(), audienceMapper()));
        if (found.isEmpty()) {
            try (Response response = realm.clients().create(client)) {
                requireSuccess(response, "create client " + spec.clientId() + " in " + spec.name());
            }
        } else {
            String id = found.getFirst().getId();
            client.setId(id);
            client.setProtocolMappers(null);
            realm.clients().get(id).update(client);
            ensureMappers(realm, id);
        }
    }

    /**
     * On a developer's machine or in tests, Guichet comes back on other ports while the realm lives on; the portal
     * addresses of earlier runs stay allowed as long as they are loopback ones. Real addresses are replaced exactly.
     * The newest {@value #LOOPBACK_REDIRECTS_KEPT} are kept: one test build starts a hundred application contexts
     * against one Keycloak, each with two or three console addresses, and a context cached early must still sign in
     * after all the others have started (with 40 kept, the demo context's console was forgotten before its test ran).
     */
    static List<String> withLoopbackRedirectsOf(ClientRepresentation existing, List<String> wanted) {
        if (existing.getRedirectUris() == null) {
            return wanted;
        }
        java.util.LinkedHashSet<String> redirects = new java.util.LinkedHashSet<>(wanted);
        existing.getRedirectUris().stream()
                .filter(RealmProvisioner::isLoopback)
                .limit(LOOPBACK_REDIRECTS_KEPT)
                .forEach(redirects::add);
        return List.copyOf(redirects);
    }

    private static boolean isLoopback(String uri) {
        try {
            String host = java.net.URI.create(uri.replace("*", "")).getHost();
            return host != null
                    && (host.equals("localhost") || host.endsWith(".localhost") || host.equals("127.0.0.1"));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static void ensureMappers(RealmResource realm, String clientId) {
        var mappers = realm.clients().get(clientId).getProtocolMappers();
        Set<String> names = mappers.getMappers().stream()
                .map(ProtocolMapperRepresentation::getName)
                .collect(Collectors.toSet());
        for (ProtocolMapperRepresentation mapper : List.of(rolesMapper(), audienceMapper())) {
            if (!names.contains(mapper.getName())) {
                try (Response response = mappers.createMapper(mapper)) {
                    requireSuccess(response, "create mapper " + mapper.getName());
                }
            }
        }
    }

    /** Realm roles as a flat {@code roles} claim, in the ID token, the access token and userinfo. */
    private static ProtocolMapperRepresentation rolesMapper() {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("guichet-roles");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-usermodel-realm-role-mapper");
        mapper.setConfig(Map.of(
                "claim.name", "roles",
                "multivalued", "true",
                "jsonType.label", "String",
                "id.token.claim", "true",
                "access.token.claim", "true",
                "userinfo.token.claim", "true",
                "introspection.token.claim", "true"));
        return mapper;
    }

    /** Access tokens name Guichet's API as their audience; the API accepts no other. */
    private static ProtocolMapperRepresentation audienceMapper() {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("guichet-api-audience");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-audience-mapper");
        mapper.setConfig(Map.of(
                "included.custom.audience", TenantRealms.API_AUDIENCE,
                "access.token.claim", "true",
                "id.token.claim", "false",
                "introspection.token.claim", "true"));
        return mapper;
    }

    /**
     * Three browser flows, one per second-factor policy; the realm is bound to the one its tenant chose, so changing the
     * policy is one update.
     */
    private static void ensureBrowserFlows(AuthenticationManagementResource flows) {
        Set<String> existing = flows.getFlows().stream()
                .map(AuthenticationFlowRepresentation::getAlias)
                .collect(Collectors.toSet());
        for (SecondFactor factor : SecondFactor.values()) {
            String alias = RealmSpec.browserFlow(factor);
            if (existing.contains(alias)) {
                continue;
            }
            AuthenticationFlowRepresentation flow = new AuthenticationFlowRepresentation();
            flow.setAlias(alias);
            flow.setDescription("Guichet sign-in, second factor: " + factor);
            flow.setProviderId("basic-flow");
            flow.setTopLevel(true);
            flow.setBuiltIn(false);
            try (Response response = flows.createFlow(flow)) {
                requireSuccess(response, "create flow " + alias);
            }
            flows.addExecution(alias, Map.of("provider", "auth-cookie"));
            String forms = alias + "-forms";
            flows.addExecutionFlow(
                    alias,
                    Map.of(
                            "alias",
                            forms,
                            "type",
                            "basic-flow",
                            "provider",
                            "registration-page-form",
                            "description",
                            "forms"));
            flows.addExecution(forms, Map.of("provider", "auth-username-password-form"));
            switch (factor) {
                case TOTP -> flows.addExecution(forms, Map.of("provider", "auth-otp-form"));
                case EMAIL_CODE -> flows.addExecution(forms, Map.of("provider", "guichet-email-code"));
                case NONE -> {}
            }
            setRequirements(flows, alias, forms);
        }
    }

    /** The cookie or the forms; within the forms, every step required. */
    private static void setRequirements(AuthenticationManagementResource flows, String alias, String forms) {
        List<AuthenticationExecutionInfoRepresentation> executions = new ArrayList<>(flows.getExecutions(alias));
        for (AuthenticationExecutionInfoRepresentation execution : executions) {
            String requirement;
            if (execution.getLevel() == 0) {
                requirement = "ALTERNATIVE";
            } else {
                requirement = "REQUIRED";
            }
            execution.setRequirement(requirement);
            flows.updateExecutions(execution.getLevel() == 0 ? alias : forms, execution);
        }
    }

    private static void requireSuccess(Response response, String what) {
        int status = response.getStatus();
        if (status >= 300 && status != 409) {
            throw new IllegalStateException("Keycloak refused to " + what + ": HTTP " + status);
        }
    }
}
