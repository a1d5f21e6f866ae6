package guichet.platform.identity;

/**
 * The web sessions users hold, kept in one store that every instance shares: ending a user's sessions there signs him
 * out everywhere at once. Platform core's security implements it; the accounts service asks.
 */
public interface WebSessions {

    /**
     * Deletes every web session of the current tenant's user who has this identity subject, and no one else's: once
     * the current transaction commits, or at once outside one.
     */
    void endAllOf(String subject);
}
