package guichet.platform.archives;

/**
 * An archive that cannot be restored, or a restore or deletion the owner may not do now, with the message key that
 * says why in the owner's language; nothing was created or changed.
 */
public class ArchiveRejected extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ArchiveRejected(String messageKey, String detail, Object... arguments) {
        super(detail);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The key of the translated message ({@code console.archive.error.*}). */
    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
