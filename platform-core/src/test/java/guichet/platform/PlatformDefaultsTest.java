package guichet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class PlatformDefaultsTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(PlatformDefaults.STREAM_PROVIDER);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(PlatformDefaults.STREAM_PROVIDER);
        } else {
            System.setProperty(PlatformDefaults.STREAM_PROVIDER, before);
        }
    }

    @Test
    void jakartaMailIsToldItsStreamProviderInsteadOfSearchingTheClassPathForIt() {
        System.clearProperty(PlatformDefaults.STREAM_PROVIDER);
        MockEnvironment environment = new MockEnvironment();

        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(System.getProperty(PlatformDefaults.STREAM_PROVIDER)).isEqualTo(MailStreamProvider.class.getName());
        assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
        assertThat(environment.getProperty("spring.jpa.properties.hibernate.jdbc.batch_size"))
                .as("and the platform's defaults are there")
                .isEqualTo("50");
    }

    @Test
    void aStreamProviderAlreadyNamedIsLeftAlone() {
        System.setProperty(PlatformDefaults.STREAM_PROVIDER, "com.example.OwnStreamProvider");

        new PlatformDefaults().postProcessEnvironment(new MockEnvironment(), new SpringApplication());

        assertThat(System.getProperty(PlatformDefaults.STREAM_PROVIDER)).isEqualTo("com.example.OwnStreamProvider");
    }
}
