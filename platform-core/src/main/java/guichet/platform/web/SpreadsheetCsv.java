package guichet.platform.web;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The one writer of the exports people open in a spreadsheet (the customer list, the ticket list): CSV for Excel as
 * French offices use it, UTF-8 with a byte order mark (or accents come out garbled) and {@code ;} between cells (Excel's
 * separator where the decimal mark is a comma). Every cell that starts like a formula ({@code = + - @}, tab, carriage
 * return) is prefixed with a quote, so that nothing a customer typed runs in the spreadsheet (OWASP's CSV injection); a
 * plain signed number ({@code +216 71 000 000}, {@code -12,5}) is left as it is, since digits alone call nothing.
 */
public final class SpreadsheetCsv implements Closeable, Flushable {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9][0-9 .,]*");

    private final CSVPrinter printer;

    private SpreadsheetCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a file on this writer: the byte order mark, then whatever rows follow. */
    public static SpreadsheetCsv open(Writer out) throws IOException {
        out.write('\uFEFF');
        return new SpreadsheetCsv(
                CSVFormat.DEFAULT.builder().setDelimiter(';').get().print(out));
    }

    /** Writes one row; a null cell is empty, any other is its text, made plain. */
    public void row(@Nullable Object... cells) throws IOException {
        for (Object cell : cells) {
            printer.print(plain(cell));
        }
        printer.println();
    }

    /** The cell's text, with a leading quote if a spreadsheet would read it as a formula. */
    public static String plain(@Nullable Object cell) {
        String text = cell == null ? "" : cell.toString();
        if (text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
