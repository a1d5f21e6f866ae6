package guichet.prospection;

import guichet.platform.modules.ModuleDescriptor;
import guichet.platform.modules.NavigationEntry;
import guichet.platform.modules.Permission;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/** Registers the prospecting module with the platform. */
@AutoConfiguration
@ComponentScan(
        excludeFilters = {
            @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ProspectionModule.class),
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)
        })
public class ProspectionModule {

    public static final String ID = "prospection";

    @Bean
    ModuleDescriptor prospectionModuleDescriptor() {
        return new ModuleDescriptor(
                ID,
                Map.of("fr", "Prospection", "en", "Prospecting", "ar", "التنقيب عن العملاء"),
                List.of(new NavigationEntry("/prospection", "prospection.nav", "prospection.view")),
                List.of(
                        new Permission("prospection.view", "prospection.permission.view"),
                        new Permission("prospection.edit", "prospection.permission.edit")),
                "guichet-prospection",
                70);
    }
}
