package guichet.platform.i18n;

import guichet.platform.modules.ModuleRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/** The message bundles of platform core and every module, which also give each message's pattern as written. */
final class Bundles extends ReloadableResourceBundleMessageSource {

    private Bundles() {}

    static Bundles of(ModuleRegistry modules) {
        List<String> basenames = new ArrayList<>();
        basenames.add("classpath:messages/core");
        modules.all().forEach(module -> basenames.add(module.messagesBasename()));
        Bundles bundles = new Bundles();
        bundles.setBasenames(basenames.toArray(String[]::new));
        bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundles.setFallbackToSystemLocale(false);
        bundles.setDefaultLocale(Locale.FRENCH);
        return bundles;
    }

    /** A message's pattern in a language (French when the language lacks it), as the bundle has it; null if none. */
    @Nullable
    String pattern(String code, Locale locale) {
        return resolveCodeWithoutArguments(code, locale);
    }
}
