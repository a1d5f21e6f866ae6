package guichet.platform.history.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The actions the history page offers as filters, each with a label key {@code history.action.<ACTION>} (each module
 * labels its own in its bundle).
 */
final class HistoryActions {

    static final List<String> ALL = List.of(
            "LOGIN",
            "LOGIN_ERROR",
            "LOGOUT",
            "REGISTER",
            "UPDATE_PASSWORD",
            "UPDATE_EMAIL",
            "RESET_PASSWORD",
            "SEND_RESET_PASSWORD",
            "USER_CREATED",
            "CUSTOMER_ACCOUNT_CREATED",
            "USER_UPDATED",
            "USER_DEACTIVATED",
            "USER_REACTIVATED",
            "USER_ERASED",
            "PASSWORD_SET",
            "SETTINGS_CHANGED",
            "VOCABULARY_CHANGED",
            "CUSTOMER_REGISTERED");

    private HistoryActions() {}

    /**
     * The actions the filter offers: the sign-in and account ones (known before any is recorded), then every other
     * action the tenant's history holds (what the modules record: customers, tickets, sites…), in order.
     */
    static List<String> offered(List<String> recorded) {
        List<String> offered = new ArrayList<>(ALL);
        recorded.stream().filter(action -> !ALL.contains(action)).sorted().forEach(offered::add);
        return offered;
    }
}
