package guichet.platform.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CustomerAccessTest {

    /**
     * The interface's constants create its records while it initialises; were creating a record to initialise the
     * interface too (it does when the interface declares a default method, JLS 12.4.1), two first requests at once
     * would wait for each other's class initialisation for ever. The working day under Gatling hung every request
     * thread that way on a freshly started Guichet.
     */
    @Test
    void creatingAnAccessNeverWaitsForTheInterfacesConstants() {
        assertThat(Arrays.stream(CustomerAccess.class.getDeclaredMethods()).filter(Method::isDefault))
                .isEmpty();
    }
}
