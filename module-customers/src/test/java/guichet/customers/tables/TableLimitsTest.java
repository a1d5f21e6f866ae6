package guichet.customers.tables;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.customers.tables.UnreadableTable.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A small file cannot make Guichet hold a huge table: too many columns, a cell too long, too many cells, a body too
 * large or an XLSX that unzips past the limit is refused with the reason, before any row is built.
 */
class TableLimitsTest {

    @Test
    void aHeaderOfTenThousandColumnsIsRefused() {
        byte[] csv = (",".repeat(9_999) + "\nA1\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(() -> Table.read("clients.csv", csv))).isEqualTo(Reason.TOO_MANY_COLUMNS);
    }

    @Test
    void aRowWiderThanTheLimitIsRefusedEvenUnderANarrowHeader() {
        byte[] csv = ("code;nom\nA1;" + ";".repeat(50_000) + "\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(() -> Table.read("clients.csv", csv))).isEqualTo(Reason.TOO_MANY_COLUMNS);
    }

    @Test
    void aCellLongerThanTheLimitIsRefused() {
        String cell = "x".repeat(TableLimits.MAX_CELL_CHARS + 1);
        byte[] csv = ("code;nom\nA1;" + cell + "\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(() -> Table.read("clients.csv", csv))).isEqualTo(Reason.CELL_TOO_LONG);
        byte[] quoted = ("code;nom\nA1;\"" + cell + "\"\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(() -> Table.read("clients.csv", quoted))).isEqualTo(Reason.CELL_TOO_LONG);
    }

    @Test
    void tooManyCellsAreRefused() {
        int width = TableLimits.MAX_COLUMNS;
        long rows = TableLimits.MAX_CELLS / width + 1;
        StringBuilder csv = new StringBuilder(";".repeat(width - 1)).append('\n');
        String row = "1" + ";".repeat(width - 1) + "\n";
        for (long i = 0; i < rows; i++) {
            csv.append(row);
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.US_ASCII);
        assertThat(content.length).isLessThan(TableLimits.MAX_BYTES);
        assertThat(refusal(() -> Table.read("clients.csv", content))).isEqualTo(Reason.TOO_MANY_CELLS);
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWithoutReadingItAll() {
        byte[] body = new byte[TableLimits.MAX_BYTES + 1024];
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        assertThat(refusal(() -> Table.read("products.csv", in))).isEqualTo(Reason.TOO_LARGE);
        assertThat(in.available()).as("left unread").isEqualTo(1023);
        assertThat(refusal(() -> Table.read("clients.xlsx", body))).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void anXlsxThatUnzipsPastTheLimitIsRefused() throws IOException {
        byte[] bomb = Workbooks.unzippingTo(120);
        assertThat(bomb.length).as("small as sent").isLessThan(1024 * 1024);
        assertThat(refusal(() -> Table.read("clients.xlsx", bomb))).isEqualTo(Reason.UNZIPPED_TOO_LARGE);
    }

    @Test
    void ordinaryTablesAreStillRead() {
        Table table = Table.read(
                "clients.csv", "Code;Nom\n\"A;1\";\"Dupont \"\"fils\"\"\"\n".getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows()).containsExactly(java.util.List.of("A;1", "Dupont \"fils\""));
    }

    private interface Reading {
        Table read() throws IOException;
    }

    private static Reason refusal(Reading reading) {
        try {
            reading.read();
        } catch (UnreadableTable e) {
            return e.reason();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the table was read");
    }
}
