package guichet.prospection.forum;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A post or moderation refused, with the message key that tells why and the field it is about ({@code null} for the
 * whole form: a limit reached, a locked question). Nothing was written, and the page shows what was typed again.
 */
public class ForumRefused extends RuntimeException {

    /** Why, as the API's status says it. */
    public enum Reason {
        INVALID,
        TOO_MANY,
        CONFLICT
    }

    private final Reason reason;
    private final @Nullable String field;
    private final String messageKey;
    private final List<Object> arguments;

    public ForumRefused(Reason reason, @Nullable String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.reason = reason;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public @Nullable String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
