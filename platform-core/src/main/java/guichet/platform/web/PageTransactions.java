package guichet.platform.web;

import guichet.platform.persistence.PageAwareTransactions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Runs the controller of a page that is read (a {@code GET} or {@code HEAD} answered with a view) in one read-only
 * transaction, the page shell's reads included: every read it makes in its tenant joins it instead of opening a
 * transaction of its own. The view is rendered after it has ended, so a slow reader never holds a database connection.
 * A write asked for meanwhile gets its own transaction ({@link PageAwareTransactions}). A handler that waits on another
 * server while it answers opts out with {@link OutsidePageTransaction}.
 */
public class PageTransactions extends RequestMappingHandlerAdapter {

    private final PlatformTransactionManager transactions;
    private final Map<HandlerMethod, Boolean> pages = new ConcurrentHashMap<>();

    public PageTransactions(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    protected @Nullable ModelAndView handleInternal(
            HttpServletRequest request, HttpServletResponse response, HandlerMethod handler) throws Exception {
        if (!isRead(request) || !pages.computeIfAbsent(handler, PageTransactions::isPage)) {
            return super.handleInternal(request, response, handler);
        }
        TransactionStatus page = transactions.getTransaction(PageAwareTransactions.page());
        try {
            ModelAndView answer = super.handleInternal(request, response, handler);
            transactions.commit(page);
            return answer;
        } catch (Throwable failure) {
            if (!page.isCompleted()) {
                transactions.rollback(page);
            }
            throw failure;
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /** A handler that answers with a view of its own: a page or a part of one, never a body, a file or a stream. */
    private static boolean isPage(HandlerMethod handler) {
        if (handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || handler.hasMethodAnnotation(OutsidePageTransaction.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), OutsidePageTransaction.class)) {
            return false;
        }
        Class<?> answer = handler.getReturnType().getParameterType();
        return answer == String.class || answer == ModelAndView.class || View.class.isAssignableFrom(answer);
    }
}
