package guichet.platform.security;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.Role;
import guichet.platform.identity.SignedInUsers;
import guichet.platform.modules.ModuleRegistry;
import guichet.platform.realms.KeycloakProperties;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Three filter chains, picked by the scope the host resolved to: the tenant API (bearer tokens of the tenant's realm
 * only), the tenant portal (OIDC sign-in against the tenant's realm only), and the console (the platform realm's
 * owners only). On a tenant's host, anyone reaches core's own public pages (sign-in, registration, theme, assets, API
 * documentation) and the public paths of the modules the tenant has, as their descriptors declare them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    /** Profiles in which an unset client secret key falls back to a development default. */
    static final Set<String> DEVELOPMENT_PROFILES = Set.of("dev", "test");

    private static final String[] PUBLIC_ASSETS = {
        "/theme.css", "/theme/logo", "/webjars/**", "/platform/**", "/error", "/favicon.ico"
    };

    /** The API's documentation: the same on every host, describing code and never a tenant's data. */
    private static final String[] API_DOCUMENTATION = {"/api-docs", "/api-docs/**"};

    private final CurrentUser currentUser;

    SecurityConfiguration(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PermissionChecks(currentUser));
    }

    /**
     * No observation of each security filter, authentication and authorization (issue 13): with metrics on, each of
     * the fifteen filters of a request started and stopped a timer of its own, about 5 % of a page's CPU. The request
     * as a whole stays observed ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ModulePublicPaths modulePublicPaths(ModuleRegistry modules, TenantCatalog catalog) {
        return new ModulePublicPaths(modules, catalog);
    }

    @Bean
    @Order(1)
    SecurityFilterChain tenantApi(
            HttpSecurity http, TenantJwtAuthentication tokens, SignedInUsers users, ModulePublicPaths publicPaths)
            throws Exception {
        http.securityMatcher(request -> TenantContext.current().isPresent() && isApi(request.getRequestURI()))
                .authorizeHttpRequests(requests -> requests.requestMatchers(publicPaths)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.authenticationManagerResolver(tokens))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new SignedInUserFilter(users), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain tenantPortal(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            GuichetOidcUserService oidcUsers,
            SignedInUsers users,
            CurrentTenant tenant,
            LocaleResolver locales,
            ModulePublicPaths publicPaths)
            throws Exception {
        http.securityMatcher((RequestMatcher) request -> TenantContext.current().isPresent())
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_ASSETS)
                        .permitAll()
                        .requestMatchers("/", "/login", "/register", "/oauth2/**", "/login/oauth2/**")
                        .permitAll()
                        .requestMatchers(API_DOCUMENTATION)
                        .permitAll()
                        .requestMatchers(publicPaths)
                        .permitAll()
                        .anyRequest()
                        .authenticated());
        signIn(http, registrations, oidcUsers, tenant, locales, users);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain console(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            GuichetOidcUserService oidcUsers,
            SignedInUsers users,
            CurrentTenant tenant,
            LocaleResolver locales,
            Environment environment,
            KeycloakProperties keycloak)
            throws Exception {
        requireIdentity(environment, keycloak);
        ProductionSafety.require(environment, keycloak);
        http.securityMatcher((RequestMatcher) request -> TenantContext.isPlatform())
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_ASSETS)
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/oauth2/**")
                        .permitAll()
                        .requestMatchers(API_DOCUMENTATION)
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.PLATFORM_OWNER));
        signIn(http, registrations, oidcUsers, tenant, locales, users);
        return http.build();
    }

    /** OIDC sign-in and sign-out, shared by the portal and the console. */
    private static void signIn(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            GuichetOidcUserService oidcUsers,
            CurrentTenant tenant,
            LocaleResolver locales,
            SignedInUsers users)
            throws Exception {
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");
        http.oauth2Login(login -> login.clientRegistrationRepository(registrations)
                        .loginPage("/login")
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                                new PortalAuthorizationRequests(registrations, tenant, locales)))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                request.getContextPath() + "/login?error=" + SignInPage.errorCode(failure))))
                .logout(logout -> logout.logoutSuccessHandler(signedOut))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst()))
                .headers(PageHeaders.standard())
                .addFilterAfter(new SignedInUserFilter(users), AnonymousAuthenticationFilter.class);
    }

    /** Pages send visitors to sign in; HTMX requests get a 401 so that the page can reload itself. */
    private static AuthenticationEntryPoint signInFirst() {
        return (request, response, failure) -> {
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            response.sendRedirect(request.getContextPath() + "/login");
        };
    }

    private static boolean isApi(String uri) {
        return uri.equals("/api") || uri.startsWith("/api/");
    }

    /**
     * Outside development, Guichet starts only with Keycloak and a real client secret key configured: there is no such
     * thing as open pages.
     */
    static void requireIdentity(Environment environment, KeycloakProperties keycloak) {
        if (!keycloak.isConfigured()) {
            throw new IllegalStateException("No identity provider is configured: set guichet.identity.keycloak.url"
                    + " (or, in development, run with the 'dev' profile, which starts an embedded Keycloak).");
        }
        boolean development = Arrays.stream(environment.getActiveProfiles()).anyMatch(DEVELOPMENT_PROFILES::contains);
        String key = keycloak.clientSecretKey();
        if (!development && (key == null || key.length() < 32)) {
            throw new IllegalStateException("guichet.identity.keycloak.client-secret-key must be set to at least 32"
                    + " characters outside the dev and test profiles (active profiles: "
                    + Arrays.toString(environment.getActiveProfiles()) + ").");
        }
    }
}
