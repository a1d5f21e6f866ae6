package guichet.platform.files.web;

import guichet.platform.files.BlobTooLarge;
import guichet.platform.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Uploads refused for their size, wherever the refusal comes from: the container's multipart limit (raised before any
 * controller is chosen, hence an advice for every handler) or a {@link BlobTooLarge} from the store. The API answers
 * 413 with a problem detail in the client's language; pages send the visitor back to the form with a message.
 */
@ControllerAdvice
class UploadProblems {

    private final MessageSource messages;

    UploadProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, BlobTooLarge.class})
    ResponseEntity<?> tooLarge(HttpServletRequest request, HttpServletResponse response) {
        if (!UploadRefusal.isApi(request)) {
            UploadRefusal.sendBack(request, response);
            return ResponseEntity.status(response.getStatus()).build();
        }
        Locale language = Languages.accepted(request.getHeader("Accept-Language"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, messages.getMessage(UploadRefusal.TOO_LARGE, null, language));
        problem.setTitle(messages.getMessage("api.problem.too-large", null, language));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
