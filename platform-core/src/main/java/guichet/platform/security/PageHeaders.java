package guichet.platform.security;

import guichet.platform.web.ContentPolicy;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** The response headers every page of the platform carries, whichever security chain serves it. */
public final class PageHeaders {

    /** No inline script or style anywhere: the pages and HTMX work within this policy. */
    public static final String CONTENT_SECURITY_POLICY = ContentPolicy.STANDARD;

    private PageHeaders() {}

    /** The content security policy above, and the address of a page sent only to this platform's own pages. */
    public static Customizer<HeadersConfigurer<HttpSecurity>> standard() {
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }
}
