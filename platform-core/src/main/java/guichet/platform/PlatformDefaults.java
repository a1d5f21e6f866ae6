package guichet.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds platform core's defaults as the lowest-priority property source, below every application setting; and names
 * Jakarta Mail's stream provider (see {@link #STREAM_PROVIDER}).
 */
class PlatformDefaults implements EnvironmentPostProcessor {

    private static final String LOCATION = "guichet/platform-defaults.properties";

    /**
     * The system property through which Jakarta Mail finds its stream provider. Unset, the API looks the provider up
     * with a new {@code ServiceLoader} each time a message, a body part or an encoded header is made (jakartaee/mail-api
     * issues 699 and 861): a search of the whole class path, inside the packaged jar's nested jars, several times per
     * mail. Under the load simulation that lookup was most of the outbox's sending thread and of the demo's mail server
     * (GreenMail, in the same process). Named, the API loads that one class instead; left alone if already set.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        try {
            for (PropertySource<?> source : new PropertiesPropertySourceLoader()
                    .load("guichetPlatformDefaults", new ClassPathResource(LOCATION))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
