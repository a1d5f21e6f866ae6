package guichet.stats.web;

import guichet.platform.web.SpreadsheetCsv;
import guichet.stats.dashboard.Cell;
import guichet.stats.dashboard.Figure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures' names and tables as the page, the CSV file and the workbook show them: a row per member, a column per
 * period, and the totals. The CSV file holds every figure under its title; the workbook a sheet per figure, its numbers
 * as numbers.
 */
@Component
class FigureFiles {

    /** Excel's limit on a sheet's name. */
    private static final int SHEET_NAME = 31;

    private final MessageSource messages;

    FigureFiles(MessageSource messages) {
        this.messages = messages;
    }

    /** The figure's title: its measure, and the dimension it is broken down by. */
    String title(Figure figure, Locale locale) {
        String measure = messages.getMessage(figure.measure().label(), null, locale);
        return figure.dimensionLabel() == null
                ? measure
                : messages.getMessage(
                        "stats.chart.by",
                        new Object[] {measure, messages.getMessage(figure.dimensionLabel(), null, locale)},
                        locale);
    }

    /** The head of its table's first column. */
    String head(Figure figure, Locale locale) {
        String head = figure.dimensionLabel() == null
                ? messages.getMessage("stats.table.period", null, locale)
                : messages.getMessage(figure.dimensionLabel(), null, locale);
        return head.isEmpty() ? head : head.substring(0, 1).toUpperCase(locale) + head.substring(1);
    }

    /** The figures as one CSV file, each under its title when there are several. */
    void csv(List<Figure> figures, OutputStream out, Locale locale) throws IOException {
        SpreadsheetCsv csv = SpreadsheetCsv.open(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (Figure figure : figures) {
            if (figures.size() > 1) {
                csv.row(title(figure, locale));
            }
            csv.row(header(figure, locale).toArray());
            for (Figure.Row row : rows(figure)) {
                List<Object> cells = new ArrayList<>();
                cells.add(row.name());
                row.cells().stream().map(cell -> cell.text(locale)).forEach(cells::add);
                cells.add(row.total().text(locale));
                csv.row(cells.toArray());
            }
            if (figures.size() > 1) {
                csv.row();
            }
        }
        csv.close();
    }

    /** The figures as a workbook, a sheet per figure named after it, the numbers as numbers. */
    void xlsx(List<Figure> figures, OutputStream out, Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "Guichet", "1.0");
        Set<String> names = new HashSet<>();
        for (Figure figure : figures) {
            Worksheet sheet = workbook.newWorksheet(sheetName(title(figure, locale), names));
            List<String> header = header(figure, locale);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (Figure.Row row : rows(figure)) {
                sheet.value(r, 0, row.name());
                int c = 1;
                for (Cell cell : row.cells()) {
                    number(sheet, r, c++, cell);
                }
                number(sheet, r, c, row.total());
                r++;
            }
        }
        workbook.finish();
    }

    private List<String> header(Figure figure, Locale locale) {
        List<String> header = new ArrayList<>();
        header.add(head(figure, locale));
        header.addAll(figure.periods());
        header.add(messages.getMessage("stats.total", null, locale));
        return header;
    }

    /** The members' rows, and the total's under a breakdown. */
    private static List<Figure.Row> rows(Figure figure) {
        List<Figure.Row> rows = new ArrayList<>(figure.rows());
        if (figure.dimension() != null) {
            rows.add(figure.total());
        }
        return rows;
    }

    private static void number(Worksheet sheet, int r, int c, Cell cell) {
        Double value = cell.value();
        if (value != null) {
            sheet.value(r, c, value);
        }
    }

    /** A sheet name Excel accepts (no {@code []:*?/\}, 31 characters at most), unique in the workbook. */
    private static String sheetName(String title, Set<String> taken) {
        String plain = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        String name = plain.length() > SHEET_NAME ? plain.substring(0, SHEET_NAME) : plain;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " " + n;
            name = (plain.length() > SHEET_NAME - suffix.length()
                            ? plain.substring(0, SHEET_NAME - suffix.length())
                            : plain)
                    + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
