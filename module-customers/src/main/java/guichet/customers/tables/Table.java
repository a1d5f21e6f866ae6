package guichet.customers.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A table as a file holds it: its header and its rows, every cell as text (blank cells as empty strings). CSV files are
 * read as UTF-8 (Windows-1252 when they are not valid UTF-8, as older spreadsheets save them), with a comma, semicolon
 * or tab separator, whichever the header uses most; XLSX files from their first sheet. A file past the size, column,
 * cell or row limits is refused before its rows are built.
 *
 * @param header the first row's cells, stripped
 * @param rows the following rows, each with as many cells as the header; rows wholly blank are left out
 * @param lines each row's line number in the file (the header is line 1)
 */
public record Table(List<String> header, List<List<String>> rows, List<Integer> lines) {

    /** The most rows a file may have. */
    public static final int MAX_ROWS = 200_000;

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        lines = List.copyOf(lines);
    }

    /** The largest file Guichet reads as a table, in bytes. */
    public static final int MAX_BYTES = TableLimits.MAX_BYTES;

    /**
     * Reads a file by its name's extension: {@code .xlsx}, else CSV.
     *
     * @throws UnreadableTable if it is no table, or goes past a limit (its reason says which)
     */
    public static Table read(String fileName, byte[] content) {
        TableLimits.size(content.length);
        try {
            return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(content) : csv(decode(content));
        } catch (UnreadableTable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableTable(e);
        }
    }

    /** Reads a request body as a table, refusing it as soon as it goes past the size limit. */
    public static Table read(String fileName, InputStream body) throws IOException {
        return read(fileName, TableLimits.readAtMost(body));
    }

    /** Reads CSV text. */
    public static Table csv(String text) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = body.lines().findFirst().orElse("");
        char separator = separator(firstLine);
        TableLimits.csv(body, separator);
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreSurroundingSpaces(true)
                // Blank lines count, so that a record's number is its line in the file.
                .setIgnoreEmptyLines(false)
                .get()
                .parse(new StringReader(body))) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(cell == null ? "" : cell.strip()));
                if (header == null) {
                    header = cells;
                    continue;
                }
                add(rows, lines, cells, header.size(), (int) record.getRecordNumber());
            }
        }
        if (header == null) {
            throw new UnreadableTable(new IOException("No header"));
        }
        return new Table(header, rows, lines);
    }

    /** Reads the first sheet of an XLSX workbook. */
    public static Table xlsx(byte[] content) throws IOException {
        TableLimits.xlsx(content);
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(content);
                ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            for (Row row : (Iterable<Row>) sheet.openStream()::iterator) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                TableLimits.row(cells, row.getRowNum());
                if (header == null) {
                    header = cells;
                    continue;
                }
                add(rows, lines, cells, header.size(), row.getRowNum());
            }
        }
        if (header == null) {
            throw new UnreadableTable(new IOException("Empty sheet"));
        }
        return new Table(header, rows, lines);
    }

    /** The column whose header is one of these names (accents, case and spaces ignored), or -1. */
    public int column(String... names) {
        for (int i = 0; i < header.size(); i++) {
            String found = key(header.get(i));
            for (String name : names) {
                if (found.equals(key(name))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A header name as compared: lower case, without accents, spaces, hyphens or underscores. */
    public static String key(String name) {
        String bare = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return bare.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }

    private static void add(List<List<String>> rows, List<Integer> lines, List<String> cells, int width, int line) {
        if (cells.stream().allMatch(String::isEmpty)) {
            return;
        }
        if (rows.size() >= MAX_ROWS) {
            throw new UnreadableTable(UnreadableTable.Reason.TOO_MANY_ROWS, MAX_ROWS);
        }
        TableLimits.cells(rows.size() + 1L, width);
        List<String> sized = new ArrayList<>(cells.subList(0, Math.min(width, cells.size())));
        while (sized.size() < width) {
            sized.add("");
        }
        rows.add(sized);
        lines.add(line);
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> {
                BigDecimal number = cell.asNumber().stripTrailingZeros();
                yield number.scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString();
            }
            case BOOLEAN -> cell.asBoolean() ? "true" : "false";
            default -> cell.getText().strip();
        };
    }

    private static char separator(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }
}
