package guichet.platform.signup;

import guichet.platform.security.PageHeaders;
import guichet.platform.tenancy.TenantContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The sign-up pages are public on the base host, which otherwise belongs to the platform owner: a chain of their own
 * takes {@code /signup} and below, anonymous, with CSRF protection and the console's content security policy.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignupSettings.class)
class SignupConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain signupPages(HttpSecurity http) throws Exception {
        http.securityMatcher((RequestMatcher) request -> TenantContext.isPlatform()
                        && (request.getRequestURI().equals("/signup")
                                || request.getRequestURI().startsWith("/signup/")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(PageHeaders.standard());
        return http.build();
    }
}
