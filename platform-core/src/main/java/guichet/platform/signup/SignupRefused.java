package guichet.platform.signup;

import java.util.List;

/** A sign-up the form cannot start, with each field's problem as a message key; nothing was recorded. */
public class SignupRefused extends RuntimeException {

    /** One field's problem; an empty field names the whole form. */
    public record Problem(String field, String messageKey) {}

    private final List<Problem> problems;

    SignupRefused(List<Problem> problems) {
        super("Sign-up refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
