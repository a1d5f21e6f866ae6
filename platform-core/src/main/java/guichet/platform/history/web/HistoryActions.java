package guichet.platform.history.web;

import java.util.List;

/** The actions the history page offers as filters, each with a label key {@code history.action.<ACTION>}. */
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
}
