package guichet.customers.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void aSemicolonSeparatedFileWithABomIsReadWithItsLineNumbers() {
        Table table = Table.read(
                "clients.csv",
                "\uFEFFRéférence;Désignation;En vente\nA-1;Câble; oui \n\n;;\nA-2;\"Prise; murale\";non\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(table.header()).containsExactly("Référence", "Désignation", "En vente");
        assertThat(table.rows())
                .containsExactly(
                        java.util.List.of("A-1", "Câble", "oui"), java.util.List.of("A-2", "Prise; murale", "non"));
        assertThat(table.lines()).containsExactly(2, 5);
    }

    @Test
    void aCommaSeparatedFileSavedByAnOldSpreadsheetInWindows1252IsRead() {
        byte[] latin = "nom,prénom\nDupré,Hélène\n".getBytes(Charset.forName("windows-1252"));
        Table table = Table.read("export.csv", latin);
        assertThat(table.header()).containsExactly("nom", "prénom");
        assertThat(table.rows().getFirst()).containsExactly("Dupré", "Hélène");
    }

    @Test
    void shortRowsArePaddedAndColumnsAreFoundWhateverTheirAccentsCaseAndSpaces() {
        Table table = Table.read("t.csv", "Code Client,E-mail\nX1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows().getFirst()).containsExactly("X1", "");
        assertThat(table.column("code_client")).isZero();
        assertThat(table.column("email")).isEqualTo(1);
        assertThat(table.column("téléphone")).isEqualTo(-1);
    }

    @Test
    void somethingThatIsNotATableIsRefused() {
        assertThatThrownBy(() -> Table.read("t.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableTable.class);
        assertThatThrownBy(() -> Table.read("t.csv", new byte[0])).isInstanceOf(UnreadableTable.class);
    }
}
