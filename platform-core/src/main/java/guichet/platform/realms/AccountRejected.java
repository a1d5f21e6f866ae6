package guichet.platform.realms;

/**
 * An account change refused for a reason the user can fix, by Guichet or by Keycloak: the field at fault and the key
 * of the message that tells him why.
 */
public class AccountRejected extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountRejected(String field, String messageKey) {
        this(field, messageKey, field + ": " + messageKey);
    }

    public AccountRejected(String field, String messageKey, String detail) {
        super(detail);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
