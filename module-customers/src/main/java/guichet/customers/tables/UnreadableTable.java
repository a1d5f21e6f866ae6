package guichet.customers.tables;

/** A file that is not a table Guichet can read (not CSV or XLSX, no header, too many rows). */
public class UnreadableTable extends RuntimeException {

    public UnreadableTable(Throwable cause) {
        super("The file cannot be read as a table: " + cause.getMessage(), cause);
    }
}
