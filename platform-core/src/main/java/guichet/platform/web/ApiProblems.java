package guichet.platform.web;

import guichet.platform.i18n.Languages;
import guichet.platform.modules.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Errors of the API's controllers as RFC 9457 problem details ({@code application/problem+json}). Only the API's:
 * pages answer the same errors with the HTML error page, in the visitor's language.
 *
 * <p>A request body that fails its {@code @Valid} checks, or is no readable JSON, answers 400 with an {@code errors}
 * list of {@code {field, message}}, in the language the client accepts ({@code Accept-Language}; French otherwise). A
 * {@link Refusal} of a module taking part in the operation answers 409 with its reason.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** One rejected field of a request body. */
    record InvalidField(String field, String message) {}

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound() {
        return ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    }

    /**
     * A module taking part in the operation refused it (a synchronous port): 409, its reason in the client's language
     * as the detail and its message key as {@code code}; nothing was done.
     */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal, WebRequest request) {
        Locale language = language(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(), language));
        problem.setProperty("code", refusal.messageKey());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale language = language(request);
        List<InvalidField> errors = invalid.getBindingResult().getAllErrors().stream()
                .map(error -> new InvalidField(
                        error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        messages.getMessage(error, language)))
                .toList();
        return badRequest(invalid, "api.problem.invalid", errors, headers, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        if (unreadable.getCause() instanceof JacksonException json
                && !json.getPath().isEmpty()) {
            errors.add(new InvalidField(
                    path(json), messages.getMessage("api.problem.unreadable.field", null, language(request))));
        }
        return badRequest(unreadable, "api.problem.unreadable", errors, headers, request);
    }

    /** An identifier in the path that is not even of the right form names nothing: 404, as any unknown one. */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException mismatch, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (mismatch instanceof MethodArgumentTypeMismatchException argument
                && UnknownAddresses.isPathVariable(argument)) {
            return handleExceptionInternal(
                    mismatch, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), headers, HttpStatus.NOT_FOUND, request);
        }
        return super.handleTypeMismatch(mismatch, headers, status, request);
    }

    private @Nullable ResponseEntity<Object> badRequest(
            Exception cause, String key, List<InvalidField> errors, HttpHeaders headers, WebRequest request) {
        Locale language = language(request);
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(key, null, language));
        problem.setTitle(messages.getMessage("api.problem.bad-request", null, language));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        HttpHeaders answered = new HttpHeaders();
        answered.putAll(headers);
        answered.setContentLanguage(language);
        return handleExceptionInternal(cause, problem, answered, HttpStatus.BAD_REQUEST, request);
    }

    /** The field a JSON error is about, as {@code items[0].name}. */
    private static String path(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : json.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Locale language(WebRequest request) {
        return Languages.accepted(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
