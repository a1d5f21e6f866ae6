package guichet.claims;

/** An action on a ticket refused, with the message key that tells the user why (nothing he typed is lost). */
public class TicketRejected extends RuntimeException {

    private final String messageKey;

    public TicketRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
