package guichet.quotes.request;

/** How a customer wishes to meet about his quote: at a site, or on the telephone. */
public enum Appointment {
    VISIT,
    CALL
}
