package guichet.customers.web.api;

import guichet.customers.directory.CustomerRejected;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refused input of the customers API as a 400 problem detail whose {@code errors} property maps each field to its
 * message (in the request's language) and {@code codes} to its message key, for clients that translate themselves.
 */
@RestControllerAdvice(basePackageClasses = CustomerApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustomerApiProblems {

    private final MessageSource messages;

    CustomerApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CustomerRejected.class)
    ProblemDetail rejected(CustomerRejected rejected) {
        return problem(rejected.problems());
    }

    @ExceptionHandler(guichet.customers.sales.SaleRejected.class)
    ProblemDetail saleRejected(guichet.customers.sales.SaleRejected rejected) {
        return problem(rejected.problems());
    }

    @ExceptionHandler(guichet.customers.catalog.ProductRejected.class)
    ProblemDetail productRejected(guichet.customers.catalog.ProductRejected rejected) {
        return problem(rejected.problems());
    }

    /** A refused wiki change: 409 when someone saved the page since the revision it was based on, else 400. */
    @ExceptionHandler(guichet.customers.wiki.WikiRejected.class)
    ProblemDetail wikiRejected(guichet.customers.wiki.WikiRejected rejected) {
        ProblemDetail problem = problem(rejected.problems());
        if (rejected.problems().containsValue("customers.wiki.error.conflict")) {
            problem.setStatus(HttpStatus.CONFLICT);
        }
        return problem;
    }

    /** A 400 problem detail for these field problems. */
    ProblemDetail problem(Map<String, String> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid input");
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((field, key) ->
                errors.put(field, messages.getMessage(key, null, key, LocaleContextHolder.getLocale())));
        problem.setProperty("errors", errors);
        problem.setProperty("codes", problems);
        return problem;
    }
}
