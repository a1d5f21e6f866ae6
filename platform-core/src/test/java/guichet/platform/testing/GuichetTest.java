package guichet.platform.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * An integration test against the real thing: the application on a random port, a fresh database of its own on the
 * PostgreSQL server at 127.0.0.1:5432 (or a throw-away embedded one when none answers), and GreenMail for mail.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:guichet-test.properties")
@ActiveProfiles("test")
@Import({TestTenants.class, TenantHttp.class, TestAccounts.class, ShiftedClock.Registration.class})
public @interface GuichetTest {}
