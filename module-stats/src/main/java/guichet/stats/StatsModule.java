package guichet.stats;

import guichet.platform.filters.FilterableList;
import guichet.platform.identity.Permission;
import guichet.platform.identity.Role;
import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.NavigationEntry;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/** Registers the statistics and dashboards module with the platform. */
@AutoConfiguration
@ComponentScan(
        excludeFilters = {
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)
        })
public class StatsModule {

    public static final String ID = "stats";

    // The permissions the module declares, by id (its controllers name them in @RequiresPermission).
    public static final String VIEW = "stats.view";
    public static final String REBUILD = "stats.rebuild";

    /** The dashboard, whose range and grouping can be saved as named filters (seed 002). */
    public static final String DASHBOARD = "stats.dashboard";

    @Bean
    FilterableList statsDashboard() {
        return new FilterableList(DASHBOARD, "/stats", "stats.title", VIEW);
    }

    @Bean
    ModuleDescriptor statsModuleDescriptor() {
        return new ModuleDescriptor(
                ID,
                Map.of(
                        "fr",
                        "Statistiques et tableaux de bord",
                        "en",
                        "Statistics and dashboards",
                        "ar",
                        "الإحصائيات ولوحات القيادة"),
                List.of(new NavigationEntry("/stats", "stats.nav", VIEW)),
                List.of(
                        new Permission(VIEW, "stats.permission.view", Role.SALES_REP),
                        new Permission(REBUILD, "stats.permission.rebuild")),
                "guichet-stats",
                40);
    }
}
