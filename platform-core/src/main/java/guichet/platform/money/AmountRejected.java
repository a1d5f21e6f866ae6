package guichet.platform.money;

import java.util.List;

/**
 * What was typed is not an amount of the currency, with why as a message key and its arguments (in {@code money.*}),
 * for the form to show next to the field.
 */
public class AmountRejected extends IllegalArgumentException {

    private final String messageKey;
    private final List<Object> arguments;

    public AmountRejected(String messageKey, Object... arguments) {
        super("Amount rejected: " + messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, as {@link org.springframework.validation.Errors#rejectValue} takes them. */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
