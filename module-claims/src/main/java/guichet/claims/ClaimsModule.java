package guichet.claims;

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

/** Registers the claims and tickets module with the platform. */
@AutoConfiguration
@ComponentScan(
        excludeFilters = {
            @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ClaimsModule.class),
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)
        })
public class ClaimsModule {

    public static final String ID = "claims";

    @Bean
    ModuleDescriptor claimsModuleDescriptor() {
        return new ModuleDescriptor(
                ID,
                Map.of("fr", "Réclamations et tickets", "en", "Claims and tickets", "ar", "الشكاوى والتذاكر"),
                List.of(new NavigationEntry("/claims", "term.tickets", "claims.view")),
                List.of(
                        new Permission("claims.view", "claims.permission.view"),
                        new Permission("claims.create", "claims.permission.create"),
                        new Permission("claims.reply", "claims.permission.reply"),
                        new Permission("claims.assign", "claims.permission.assign"),
                        new Permission("claims.configure", "claims.permission.configure")),
                "guichet-claims",
                20);
    }
}
