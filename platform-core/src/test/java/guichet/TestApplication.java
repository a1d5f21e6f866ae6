package guichet;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application the tests of platform core and of each module boot: whatever auto-configurations are on the test
 * classpath, with entities and repositories found under {@code guichet}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestApplication {}
