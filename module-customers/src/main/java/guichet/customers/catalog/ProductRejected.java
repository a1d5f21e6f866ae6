package guichet.customers.catalog;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Product details refused, with what is wrong as field name to message key. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class ProductRejected extends RuntimeException {

    private final Map<String, String> problems;

    public ProductRejected(Map<String, String> problems) {
        super("Product rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
