package guichet.platform.subscriptions;

import guichet.platform.tenancy.TenantContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Stripe's webhook calls carry no session and no CSRF token: their signature is their authentication, checked by
 * {@link StripeEvents}. This chain takes exactly those calls, on the base host, before the console's.
 */
@Configuration(proxyBeanMethods = false)
class WebhookSecurity {

    @Bean
    @Order(-1)
    SecurityFilterChain stripeWebhook(HttpSecurity http) throws Exception {
        http.securityMatcher((RequestMatcher) request -> TenantContext.isPlatform()
                        && "POST".equals(request.getMethod())
                        && StripeWebhookController.PATH.equals(request.getRequestURI()))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable());
        return http.build();
    }
}
