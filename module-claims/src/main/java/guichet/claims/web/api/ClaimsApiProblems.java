package guichet.claims.web.api;

import guichet.claims.TicketRejected;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused ticket action answers 400 with a problem detail that says why, in the caller's language. */
@RestControllerAdvice(basePackageClasses = ClaimsApiProblems.class)
class ClaimsApiProblems {

    private final MessageSource messages;

    ClaimsApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TicketRejected.class)
    ProblemDetail rejected(TicketRejected rejected, Locale locale) {
        // A file past the size limit is the one rejection with its own status, as the platform's own refusals.
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                "claims.attachments.error.refused".equals(rejected.messageKey())
                        ? HttpStatus.CONTENT_TOO_LARGE
                        : HttpStatus.BAD_REQUEST,
                messages.getMessage(rejected.messageKey(), null, rejected.messageKey(), locale));
        problem.setProperty("code", rejected.messageKey());
        return problem;
    }
}
