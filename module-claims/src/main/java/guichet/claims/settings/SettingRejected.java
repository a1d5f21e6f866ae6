package guichet.claims.settings;

/** A configuration change refused, with the message key that says why. */
public class SettingRejected extends RuntimeException {

    private final String messageKey;

    public SettingRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
