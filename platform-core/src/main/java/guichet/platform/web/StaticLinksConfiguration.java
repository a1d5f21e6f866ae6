package guichet.platform.web;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Registers {@link StaticLinks} where Spring Boot would register its {@link ResourceUrlEncodingFilter} (which then
 * stays out), for pages and error pages alike.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinksConfiguration {

    @Bean
    StaticLinks staticLinks(ObjectProvider<ResourceUrlProvider> resourceUrls) {
        return new StaticLinks(resourceUrls);
    }

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticLinksRegistration(StaticLinks links) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(links);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
