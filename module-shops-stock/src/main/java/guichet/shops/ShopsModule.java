package guichet.shops;

import guichet.platform.identity.Permission;
import guichet.platform.identity.RequiresPermission;
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

/** Registers the shops and stock module with the platform. */
@AutoConfiguration
@ComponentScan(
        excludeFilters = {
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)
        })
public class ShopsModule {

    public static final String ID = "shops";

    // The permissions the module declares, by id (its controllers name them in @RequiresPermission).
    public static final String VIEW = "shops.view";
    public static final String EDIT = "shops.edit";
    public static final String STOCK_MOVE = "stock.move";
    public static final String REFERENTIAL_EDIT = "referential.edit";

    /** The store locator, for anyone on the tenant's host (prospects and customers without an account). */
    static final String LOCATOR = "/shops/locator";

    @Bean
    ModuleDescriptor shopsModuleDescriptor() {
        return new ModuleDescriptor(
                ID,
                Map.of("fr", "Boutiques et stocks", "en", "Shops and stock", "ar", "المتاجر والمخزون"),
                List.of(
                        new NavigationEntry("/shops", "shops.nav", VIEW),
                        new NavigationEntry("/shops/stock", "shops.stock.nav", VIEW),
                        new NavigationEntry("/shops/referential", "shops.referential.nav", VIEW),
                        new NavigationEntry(LOCATOR, "shops.locator.nav", RequiresPermission.PUBLIC)),
                List.of(
                        new Permission(VIEW, "shops.permission.view", Role.AGENT, Role.SELLER, Role.SALES_REP),
                        new Permission(EDIT, "shops.permission.edit"),
                        new Permission(STOCK_MOVE, "shops.permission.stockMove", Role.SELLER),
                        new Permission(REFERENTIAL_EDIT, "shops.referential.permission.edit")),
                "guichet-shops",
                50,
                List.of(LOCATOR, "/api/shops/nearest"));
    }
}
