package guichet.customers.tables;

import guichet.customers.tables.UnreadableTable.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The limits a table must keep before Guichet holds it in memory, checked before any row is built: a small file must
 * not be able to take the server's memory from every tenant (a header of ten million commas, a cell of a hundred
 * megabytes, an XLSX that unzips to gigabytes). Generous for real customer and product files: a few dozen columns,
 * a few hundred thousand rows.
 */
final class TableLimits {

    /** The largest file, CSV or XLSX, as sent. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The most columns a row may have. */
    static final int MAX_COLUMNS = 200;

    /** The longest cell, in characters (Excel's own limit). */
    static final int MAX_CELL_CHARS = 32_767;

    /** The most cells a table may hold, its rows times its header's width. */
    static final long MAX_CELLS = 4_000_000;

    /** The most an XLSX may unzip to, all its parts together. */
    static final long MAX_UNZIPPED_BYTES = 100L * 1024 * 1024;

    /** The most parts an XLSX may hold. */
    static final int MAX_ZIP_ENTRIES = 1_000;

    private TableLimits() {}

    static void size(long bytes) {
        if (bytes > MAX_BYTES) {
            throw new UnreadableTable(Reason.TOO_LARGE, MAX_BYTES / (1024 * 1024));
        }
    }

    /** Reads a body up to the size limit, refusing it as soon as it goes past. */
    static byte[] readAtMost(InputStream in) throws IOException {
        byte[] read = in.readNBytes(MAX_BYTES + 1);
        size(read.length);
        return read;
    }

    /**
     * Walks CSV text once, as the parser will cut it (cells split on the separator outside double quotes, records on
     * line breaks outside them), and refuses it past the column, cell and total limits before the parser builds a
     * single record.
     */
    static void csv(String body, char separator) {
        boolean quoted = false;
        boolean blank = true;
        int columns = 1;
        int cellLength = 0;
        int line = 1;
        long records = 0;
        int width = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted && c == '"') {
                boolean escaped = i + 1 < body.length() && body.charAt(i + 1) == '"';
                quoted = escaped;
                i += escaped ? 1 : 0;
            } else if (!quoted && c == '"' && blank) {
                quoted = true;
            } else if (!quoted && c == separator) {
                columns = column(columns + 1, line);
                cellLength = 0;
                blank = true;
                continue;
            } else if (!quoted && c == '\n') {
                width = width < 0 ? columns : width;
                records = cells(records + 1, width);
                columns = 1;
                cellLength = 0;
                blank = true;
                line++;
                continue;
            } else if (c == '\n') {
                line++;
            }
            blank = blank && Character.isWhitespace(c);
            if (++cellLength > MAX_CELL_CHARS) {
                throw new UnreadableTable(Reason.CELL_TOO_LONG, MAX_CELL_CHARS, line);
            }
        }
    }

    /** Refuses a row of a sheet past the column or cell-size limit; trailing blank cells do not count. */
    static void row(List<String> cells, int line) {
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isEmpty()) {
            last--;
        }
        column(last + 1, line);
        for (String cell : cells) {
            if (cell.length() > MAX_CELL_CHARS) {
                throw new UnreadableTable(Reason.CELL_TOO_LONG, MAX_CELL_CHARS, line);
            }
        }
    }

    /** Refuses a table whose rows times width go past the total. */
    static long cells(long rows, int width) {
        if (rows * Math.max(width, 1) > MAX_CELLS) {
            throw new UnreadableTable(Reason.TOO_MANY_CELLS, MAX_CELLS);
        }
        return rows;
    }

    /**
     * Unzips an XLSX once without keeping anything, counting what its parts really expand to (the sizes a zip declares
     * can lie), and refuses it past the total or the number of parts, before the workbook reader opens it.
     */
    static void xlsx(byte[] content) throws IOException {
        Path copy = Files.createTempFile("guichet-table", ".xlsx");
        try {
            Files.write(copy, content);
            long total = 0;
            int entries = 0;
            byte[] buffer = new byte[64 * 1024];
            // The central directory, not the local headers: writers that stream (fastexcel among them) put each
            // part's sizes after its data, which java.util.zip.ZipInputStream cannot follow.
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                    ZipEntry entry = all.nextElement();
                    if (++entries > MAX_ZIP_ENTRIES) {
                        throw new UnreadableTable(Reason.UNZIPPED_TOO_LARGE, MAX_UNZIPPED_BYTES / (1024 * 1024));
                    }
                    try (InputStream part = zip.getInputStream(entry)) {
                        for (int n = part.read(buffer); n > 0; n = part.read(buffer)) {
                            total += n;
                            if (total > MAX_UNZIPPED_BYTES) {
                                throw new UnreadableTable(
                                        Reason.UNZIPPED_TOO_LARGE, MAX_UNZIPPED_BYTES / (1024 * 1024));
                            }
                        }
                    }
                }
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static int column(int columns, int line) {
        if (columns > MAX_COLUMNS) {
            throw new UnreadableTable(Reason.TOO_MANY_COLUMNS, MAX_COLUMNS, line);
        }
        return columns;
    }
}
