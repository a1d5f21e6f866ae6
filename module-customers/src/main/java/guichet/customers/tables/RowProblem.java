package guichet.customers.tables;

/**
 * Something wrong in one row of an imported table.
 *
 * @param line the row's line in the file (the header is line 1)
 * @param column the column at fault, as the file names it
 * @param messageKey the message that says what is wrong
 * @param value what the cell holds
 */
public record RowProblem(int line, String column, String messageKey, String value) {}
