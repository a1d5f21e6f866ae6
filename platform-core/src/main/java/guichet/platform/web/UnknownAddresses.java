package guichet.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's address whose identifier is not even of the right form ({@code /customers/C0001001} where the page expects
 * a UUID, a mangled attachment id) names nothing: it answers 404 with the not-found page, as an identifier of the right
 * form that names nothing does, rather than 400 « Une erreur est survenue ». The API answers the same as a 404 problem
 * ({@link ApiProblems}). A malformed query parameter stays a bad request.
 */
@Component
class UnknownAddresses implements HandlerExceptionResolver, Ordered {

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception failure) {
        if (failure instanceof MethodArgumentTypeMismatchException mismatch
                && isPathVariable(mismatch)
                && handler instanceof HandlerMethod method
                && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class)) {
            try {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ModelAndView();
        }
        return null;
    }

    static boolean isPathVariable(MethodArgumentTypeMismatchException mismatch) {
        return mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
    }

    /** Before the resolver of {@code @ExceptionHandler} methods: no page's advice reads a mistyped address. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
