package guichet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.modulith.Modulithic;

/**
 * The one Guichet application: platform core and every module jar on the classpath, each registered by its own
 * auto-configuration. It sits in the root package so that the modularity test sees every module.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Modulithic(systemName = "Guichet")
public class GuichetApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(GuichetApplication.class, args);
        } catch (RuntimeException startupFailure) {
            // Already reported by Spring Boot; embedded servers' threads must not keep a failed JVM alive.
            System.exit(1);
        }
    }
}
