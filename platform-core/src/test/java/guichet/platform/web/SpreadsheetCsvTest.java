package guichet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What the export writer makes plain, and what it leaves as typed. */
class SpreadsheetCsvTest {

    @Test
    void cellsThatStartLikeAFormulaGetALeadingQuote() {
        assertThat(SpreadsheetCsv.plain("=1+2")).isEqualTo("'=1+2");
        assertThat(SpreadsheetCsv.plain("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(SpreadsheetCsv.plain("-2+3+cmd")).isEqualTo("'-2+3+cmd");
        assertThat(SpreadsheetCsv.plain("@SUM(1;2)")).isEqualTo("'@SUM(1;2)");
        assertThat(SpreadsheetCsv.plain("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCsv.plain("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void plainTextAndSignedNumbersStayAsTyped() {
        assertThat(SpreadsheetCsv.plain("Benali")).isEqualTo("Benali");
        assertThat(SpreadsheetCsv.plain("+216 71 000 000")).isEqualTo("+216 71 000 000");
        assertThat(SpreadsheetCsv.plain("-12,5")).isEqualTo("-12,5");
        assertThat(SpreadsheetCsv.plain(null)).isEmpty();
    }

    @Test
    void aFileStartsWithTheByteOrderMarkAndSeparatesCellsWithSemicolons() throws IOException {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.open(out)) {
            csv.row("number", "name");
            csv.row("C1", "=evil()");
        }
        assertThat(out.toString()).isEqualTo("\uFEFFnumber;name\r\nC1;'=evil()\r\n");
    }
}
