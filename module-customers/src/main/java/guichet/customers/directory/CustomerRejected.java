package guichet.customers.directory;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Customer details refused, with what is wrong as field name to message key. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class CustomerRejected extends RuntimeException {

    private final Map<String, String> problems;

    public CustomerRejected(Map<String, String> problems) {
        super("Customer rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
