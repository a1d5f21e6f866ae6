package guichet.keycloak.emailcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message the authenticator shows, or mails, is translated by the guichet themes it ships with. */
class MessageKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en", "ar"})
    void loginThemeTranslatesEveryMessageOfTheAuthenticator(String language) {
        assertThat(messages("theme/guichet/login/messages/messages_" + language + ".properties"))
                .containsKeys(allMessageKeys());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en", "ar"})
    void emailThemeTranslatesTheSubject(String language) {
        assertThat(messages("theme/guichet/email/messages/messages_" + language + ".properties"))
                .containsKey(EmailCodeAuthenticator.EMAIL_SUBJECT);
    }

    /** Every key {@link MessageKeys} declares: its static final String constants. */
    private static Object[] allMessageKeys() {
        return Arrays.stream(MessageKeys.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers())
                        && Modifier.isFinal(field.getModifiers())
                        && field.getType() == String.class)
                .map(MessageKeysTest::valueOf)
                .toArray();
    }

    private static Object valueOf(Field constant) {
        try {
            return constant.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties messages(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
