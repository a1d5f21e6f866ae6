package guichet.platform.i18n;

import guichet.platform.tenancy.TenantId;
import java.util.Locale;

/**
 * A tenant changed how it words one of its nouns in a language, or put the default forms back ({@link Nouns#change}):
 * what agrees with the noun outside the messages (a module's default labels) can agree again. Published, synchronously,
 * once the change is saved.
 *
 * @param tenant the tenant
 * @param noun the noun's name, one of {@link Nouns#NAMES}
 * @param language the language whose forms changed
 */
public record NounChanged(TenantId tenant, String noun, Locale language) {}
