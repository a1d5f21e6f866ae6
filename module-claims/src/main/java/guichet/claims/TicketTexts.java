package guichet.claims;

import guichet.claims.desk.Message;
import org.jspecify.annotations.Nullable;

/** What a ticket's title and messages must be: not blank, not too long; stripped of their outer blanks. */
final class TicketTexts {

    private static final int MAX_TITLE = 200;

    private TicketTexts() {}

    /**
     * @throws TicketRejected if the title is missing or longer than 200 characters
     */
    static String title(@Nullable String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            throw new TicketRejected("claims.error.title");
        }
        if (stripped.length() > MAX_TITLE) {
            throw new TicketRejected("claims.error.titleLength");
        }
        return stripped;
    }

    /**
     * @throws TicketRejected if the message is missing or longer than {@link Message#MAX_LENGTH}
     */
    static String body(@Nullable String body) {
        String stripped = body == null ? "" : body.strip();
        if (stripped.isEmpty()) {
            throw new TicketRejected("claims.error.body");
        }
        if (stripped.length() > Message.MAX_LENGTH) {
            throw new TicketRejected("claims.error.bodyLength");
        }
        return stripped;
    }
}
