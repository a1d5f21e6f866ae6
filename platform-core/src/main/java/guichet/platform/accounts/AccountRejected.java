package guichet.platform.accounts;

/** An account change refused for a reason the user can fix: the field at fault and a message key. */
public class AccountRejected extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountRejected(String field, String messageKey) {
        super(field + ": " + messageKey);
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
