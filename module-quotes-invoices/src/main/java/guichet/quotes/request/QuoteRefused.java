package guichet.quotes.request;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A quote or a quote request refused what it was asked: the field at fault (or none), the reason as a message key of
 * the module's bundle and its arguments, so that a page or the API tells it in the visitor's language.
 */
public class QuoteRefused extends RuntimeException {

    private final @Nullable String field;
    private final String messageKey;
    private final List<Object> arguments;

    public QuoteRefused(@Nullable String field, String messageKey, Object... arguments) {
        super("Refused: " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
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
