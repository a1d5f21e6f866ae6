package guichet.platform.provisioning;

import java.util.List;

/**
 * A tenant could not be created as asked. Each problem names the field at fault and a message key the console
 * translates.
 */
public class TenantRequestRejected extends RuntimeException {

    /** One problem with the request. */
    public record Problem(String field, String messageKey) {}

    private final List<Problem> problems;

    public TenantRequestRejected(List<Problem> problems) {
        super("Tenant request rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
