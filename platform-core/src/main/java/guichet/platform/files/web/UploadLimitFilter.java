package guichet.platform.files.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Reads a page's multipart request before Spring Security does. Past the size limit the container keeps none of the
 * form's fields, so the CSRF check would see no token and answer a bare 403; instead the visitor is sent back to the
 * form with a message, and nothing else runs. The API is left to its own chain (token first), then
 * {@link UploadProblems}.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return UploadRefusal.isApi(request) || !multipart.isMultipart(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // The container parses once and keeps the parts; MVC reuses them.
            multipart.resolveMultipart(request);
        } catch (MaxUploadSizeExceededException tooLarge) {
            UploadRefusal.sendBack(request, response);
            return;
        } catch (MultipartException other) {
            // Not about size: MVC meets the same failure and answers it as usual.
        }
        chain.doFilter(request, response);
    }
}
