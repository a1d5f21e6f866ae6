package guichet.platform.i18n;

import guichet.platform.modules.ModuleRegistry;
import guichet.platform.tenancy.TenantCatalog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

    /** Query parameter of the language switcher: {@code ?lang=ar}. */
    static final String LANGUAGE_PARAMETER = "lang";

    @Bean
    MessageSource messageSource(TenantCatalog catalog, ModuleRegistry modules) {
        List<String> basenames = new ArrayList<>();
        basenames.add("classpath:messages/core");
        modules.all().forEach(module -> basenames.add(module.messagesBasename()));
        ReloadableResourceBundleMessageSource bundles = new ReloadableResourceBundleMessageSource();
        bundles.setBasenames(basenames.toArray(String[]::new));
        bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundles.setFallbackToSystemLocale(false);
        bundles.setDefaultLocale(Locale.FRENCH);
        GuichetMessages messages = new GuichetMessages(catalog);
        messages.setParentMessageSource(bundles);
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
