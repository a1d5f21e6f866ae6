package guichet.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Rewrites a page's links to webjar files into their versioned addresses ({@code /webjars/bootstrap/css/…} into
 * {@code /webjars/bootstrap/5.3.8/css/…}), each link resolved once for the application's life, and leaves every other
 * link alone.
 *
 * <p>It takes the place of Spring's {@link ResourceUrlEncodingFilter}, which looks every link of every page up on the
 * class path (a page's links to tickets and filters too) and caches only the ones that are static files (Spring
 * Framework issue 34014): about a third of a page's CPU time. Only links under {@code /webjars/} change address;
 * static files of the platform and the modules are served under their own names, so resolving them would return
 * them unchanged.
 */
public class StaticLinks extends ResourceUrlEncodingFilter {

    /** Where webjar files are served; the only links that get another address. */
    static final String WEBJARS = "/webjars/";

    /** Templates name a few dozen webjar files; the bound only keeps a mistake from growing the map. */
    private static final int MOST_LINKS = 512;

    private final ObjectProvider<ResourceUrlProvider> provider;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();
    private final LongAdder lookups = new LongAdder();

    public StaticLinks(ObjectProvider<ResourceUrlProvider> provider) {
        this.provider = provider;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse page) {
            chain.doFilter(request, new Links(page, http.getContextPath()));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** How many times a link was looked up on the class path since start-up: once per distinct webjar link. */
    public long lookups() {
        return lookups.sum();
    }

    String resolve(String contextPath, String url) {
        if (!url.startsWith(contextPath + WEBJARS)) {
            return url;
        }
        String known = resolved.get(url);
        if (known != null) {
            return known;
        }
        String address = lookUp(contextPath, url);
        if (resolved.size() < MOST_LINKS) {
            resolved.put(url, address);
        }
        return address;
    }

    private String lookUp(String contextPath, String url) {
        lookups.increment();
        ResourceUrlProvider urls = provider.getIfAvailable();
        String found = urls == null ? null : urls.getForLookupPath(url.substring(contextPath.length()));
        return found == null ? url : contextPath + found;
    }

    private final class Links extends HttpServletResponseWrapper {

        private final String contextPath;

        Links(HttpServletResponse response, String contextPath) {
            super(response);
            this.contextPath = contextPath;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(resolve(contextPath, url));
        }
    }
}
