package guichet.stats.rollup;

import guichet.platform.figures.FigureSource;
import guichet.platform.figures.Measure;
import guichet.platform.tenancy.CurrentTenant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The figure sources of the modules the current tenant bought, in the order of their beans. */
@Component
public class Sources {

    private final List<FigureSource> all;
    private final CurrentTenant tenant;

    Sources(ObjectProvider<FigureSource> sources, CurrentTenant tenant) {
        this.all = sources.orderedStream().toList();
        this.tenant = tenant;
    }

    /** The current tenant's sources. */
    public List<FigureSource> bought() {
        return all.stream()
                .filter(source -> tenant.profile().hasModule(source.module()))
                .toList();
    }

    /** The ids of every source's measures of durations, whose rollups also keep a histogram. */
    public Set<String> durations() {
        return all.stream()
                .flatMap(source -> source.measures().stream())
                .filter(measure -> measure.aggregate() == Measure.Aggregate.MEAN_DURATION)
                .map(Measure::id)
                .collect(Collectors.toSet());
    }

    /** The current tenant's source of a measure, with the measure. */
    public Optional<Sourced> measure(String id) {
        for (FigureSource source : bought()) {
            for (Measure measure : source.measures()) {
                if (measure.id().equals(id)) {
                    return Optional.of(new Sourced(source, measure));
                }
            }
        }
        return Optional.empty();
    }

    /** A measure with the source that contributes it. */
    public record Sourced(FigureSource source, Measure measure) {}
}
