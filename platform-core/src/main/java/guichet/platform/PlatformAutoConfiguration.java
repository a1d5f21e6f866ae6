package guichet.platform;

import guichet.platform.realms.KeycloakProperties;
import guichet.platform.tenancy.TenancyProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Registers platform core: its components, scheduling and async work. */
@AutoConfiguration(
        before = {
            WebMvcAutoConfiguration.class,
            MessageSourceAutoConfiguration.class,
            TaskExecutionAutoConfiguration.class,
            ServletWebSecurityAutoConfiguration.class,
            ManagementWebSecurityAutoConfiguration.class
        },
        // Its API document groups (one per module) must exist before springdoc decides whether to serve groups.
        beforeName = "org.springdoc.webmvc.core.configuration.MultipleOpenApiSupportConfiguration")
@ComponentScan(
        excludeFilters = {
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)
        })
@EnableConfigurationProperties({TenancyProperties.class, KeycloakProperties.class})
@EnableScheduling
@EnableAsync
public class PlatformAutoConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
