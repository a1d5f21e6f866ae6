package guichet.platform.modules;

import java.util.List;

/**
 * A participant's refusal of the operation it was asked to take part in (see {@link Participant}): the reason as a
 * message key of its module's bundle, with the message's arguments, for the page or API that asked to tell its visitor
 * in his language. Thrown inside the operation's transaction, it rolls the operation back.
 */
public class Refusal extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    /**
     * @param messageKey the reason, a key of the participant's module's messages ({@code shops.refused.out-of-stock})
     * @param arguments the message's arguments: text or numbers, never null
     */
    public Refusal(String messageKey, Object... arguments) {
        super("Refused: " + messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, as {@code MessageSource} and {@code Errors.reject} take them. */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
