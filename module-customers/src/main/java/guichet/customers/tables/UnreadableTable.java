package guichet.customers.tables;

/**
 * A file that is not a table Guichet can read (not CSV or XLSX, no header) or that goes past one of the {@link Table}
 * limits, with the message that tells the person why.
 */
public class UnreadableTable extends RuntimeException {

    /** Why the file was refused, and the message key that says so. */
    public enum Reason {
        UNREADABLE("customers.import.error.unreadable"),
        TOO_LARGE("customers.import.error.too-large"),
        TOO_MANY_ROWS("customers.import.error.too-many-rows"),
        TOO_MANY_COLUMNS("customers.import.error.too-many-columns"),
        CELL_TOO_LONG("customers.import.error.cell-too-long"),
        TOO_MANY_CELLS("customers.import.error.too-many-cells"),
        UNZIPPED_TOO_LARGE("customers.import.error.unzipped-too-large");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final transient Object[] arguments;

    public UnreadableTable(Throwable cause) {
        super("The file cannot be read as a table: " + cause.getMessage(), cause);
        this.reason = Reason.UNREADABLE;
        this.arguments = new Object[0];
    }

    /** A file refused for a limit; the arguments fill the message (the limit, the line). */
    public UnreadableTable(Reason reason, Object... arguments) {
        super("The file goes past a table limit: " + reason);
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** The message that tells the person why the file was refused. */
    public String messageKey() {
        return reason.messageKey();
    }

    /** The message's arguments, never null. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
