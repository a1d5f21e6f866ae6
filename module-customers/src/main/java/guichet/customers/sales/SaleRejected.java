package guichet.customers.sales;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A sale refused, with what is wrong as field name to message key. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class SaleRejected extends RuntimeException {

    private final Map<String, String> problems;

    public SaleRejected(Map<String, String> problems) {
        super("Sale rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
