package guichet.stats.web;

import guichet.platform.figures.Measure.Aggregate;
import guichet.stats.dashboard.Cell;
import guichet.stats.dashboard.Figure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the page's script draws of a figure, as the chart's {@code data-chart} attribute holds it: the labels, the
 * series with their values and, for each value, the list it drills into. A count is drawn period by period, one
 * stacked series per member; a mean by member is drawn over the whole range, one bar per member.
 */
final class ChartData {

    private ChartData() {}

    static Map<String, Object> of(Figure figure) {
        Map<String, Object> chart = new LinkedHashMap<>();
        Aggregate aggregate = figure.measure().aggregate();
        boolean mean = aggregate != Aggregate.COUNT && aggregate != Aggregate.SUM;
        List<Map<String, Object>> series = new ArrayList<>();
        if (mean && figure.dimension() != null) {
            chart.put("labels", figure.rows().stream().map(Figure.Row::name).toList());
            series.add(series(
                    figure.total().name(),
                    figure.rows().stream().map(Figure.Row::total).toList()));
            chart.put("stacked", false);
        } else {
            chart.put("labels", figure.periods());
            figure.rows().forEach(row -> series.add(series(row.name(), row.cells())));
            chart.put("stacked", figure.dimension() != null);
        }
        chart.put("series", series);
        chart.put("unit", figure.measure().aggregate().name());
        return chart;
    }

    private static Map<String, Object> series(String name, List<Cell> cells) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("name", name);
        one.put("values", cells.stream().map(Cell::value).toList());
        one.put(
                "links",
                cells.stream()
                        .map(cell -> Objects.requireNonNullElse(cell.drill(), ""))
                        .toList());
        return one;
    }
}
