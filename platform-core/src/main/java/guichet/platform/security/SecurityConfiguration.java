package guichet.platform.security;

import java.util.Arrays;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Profiles in which pages may be served without identity. */
    static final Set<String> OPEN_PROFILES = Set.of("dev", "test");

    /** No inline script or style anywhere: the pages and HTMX work within this policy. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain openWhileIdentityIsNotConfigured(HttpSecurity http, Environment environment) throws Exception {
        requireOpenProfile(environment);
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    static void requireOpenProfile(Environment environment) {
        boolean open = Arrays.stream(environment.getActiveProfiles()).anyMatch(OPEN_PROFILES::contains);
        if (!open) {
            throw new IllegalStateException("Guichet has no identity provider configured, so its pages would be open to"
                    + " anyone. It starts only with the 'dev' or 'test' profile until identity is configured"
                    + " (active profiles: " + Arrays.toString(environment.getActiveProfiles()) + ").");
        }
    }
}
