package guichet.prospection;

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

/** Registers the prospecting module with the platform. */
@AutoConfiguration
@ComponentScan(
        excludeFilters = {
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)
        })
public class ProspectionModule {

    public static final String ID = "prospection";

    // The permissions the module declares, by id (its controllers name them in @RequiresPermission).
    public static final String VIEW = "prospection.view";
    public static final String EDIT = "prospection.edit";

    @Bean
    ModuleDescriptor prospectionModuleDescriptor() {
        return new ModuleDescriptor(
                ID,
                Map.of("fr", "Prospection", "en", "Prospecting", "ar", "التنقيب عن العملاء"),
                List.of(new NavigationEntry("/prospection", "prospection.nav", VIEW)),
                List.of(
                        new Permission(VIEW, "prospection.permission.view", Role.SALES_REP),
                        new Permission(EDIT, "prospection.permission.edit", Role.SALES_REP)),
                "guichet-prospection",
                70);
    }
}
