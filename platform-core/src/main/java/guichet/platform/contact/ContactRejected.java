package guichet.platform.contact;

/**
 * A contact message, a reply or a screenshot refused: the message key says why to the user, whose page keeps what he
 * typed.
 */
public class ContactRejected extends RuntimeException {

    private final String messageKey;

    public ContactRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The key of the message that tells the user why. */
    public String messageKey() {
        return messageKey;
    }
}
