package guichet.platform.i18n;

import guichet.platform.modules.ModuleRegistry;
import guichet.platform.tenancy.TenantCatalog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

    /** Query parameter of the language switcher: {@code ?lang=ar}. */
    static final String LANGUAGE_PARAMETER = "lang";

    @Bean
    Nouns nouns(TenantCatalog catalog, ModuleRegistry modules, ApplicationEventPublisher events) {
        return new Nouns(catalog, Bundles.of(modules), events);
    }

    @Bean
    MessageSource messageSource(TenantCatalog catalog, Nouns nouns) {
        GuichetMessages messages = new GuichetMessages(catalog, nouns);
        messages.setParentMessageSource(nouns.bundles());
        return messages;
    }

    @Bean
    LocaleResolver localeResolver(TenantCatalog catalog) {
        return new TenantLocaleResolver(catalog);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName(LANGUAGE_PARAMETER);
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
    }
}
