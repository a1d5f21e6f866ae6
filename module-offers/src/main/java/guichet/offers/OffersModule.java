package guichet.offers;

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

/** Registers the offers, packs and promotions module with the platform. */
@AutoConfiguration
@ComponentScan(
        excludeFilters = {
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)
        })
public class OffersModule {

    public static final String ID = "offers";

    // The permissions the module declares, by id (its controllers name them in @RequiresPermission).
    public static final String VIEW = "offers.view";
    public static final String EDIT = "offers.edit";

    @Bean
    ModuleDescriptor offersModuleDescriptor() {
        return new ModuleDescriptor(
                ID,
                Map.of(
                        "fr",
                        "Offres, packs et promotions",
                        "en",
                        "Offers, packs and promotions",
                        "ar",
                        "العروض والباقات والتخفيضات"),
                List.of(new NavigationEntry("/offers", "offers.nav", VIEW)),
                List.of(
                        new Permission(VIEW, "offers.permission.view", Role.AGENT, Role.SELLER, Role.SALES_REP),
                        new Permission(EDIT, "offers.permission.edit")),
                "guichet-offers",
                60);
    }
}
