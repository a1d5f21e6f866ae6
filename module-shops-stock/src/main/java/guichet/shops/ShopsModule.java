package guichet.shops;

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

/** Registers the shops and stock module with the platform. */
@AutoConfiguration
@ComponentScan(
        excludeFilters = {
            @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ShopsModule.class),
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)
        })
public class ShopsModule {

    public static final String ID = "shops";

    @Bean
    ModuleDescriptor shopsModuleDescriptor() {
        return new ModuleDescriptor(
                ID,
                Map.of("fr", "Boutiques et stocks", "en", "Shops and stock", "ar", "المتاجر والمخزون"),
                List.of(new NavigationEntry("/shops", "shops.nav", "shops.view")),
                List.of(
                        new Permission("shops.view", "shops.permission.view"),
                        new Permission("shops.edit", "shops.permission.edit")),
                "guichet-shops",
                50);
    }
}
