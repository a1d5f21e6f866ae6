package guichet.quotes.request;

/** Where a quote request stands in the staff's queue. */
public enum RequestStatus {
    /** Waiting for staff. */
    NEW,
    /** Its appointment's slot is confirmed. */
    SCHEDULED,
    /** A quote was made from it. */
    QUOTED,
    /** Closed without a quote. */
    CLOSED;

    /** Whether it still waits in the queue. */
    public boolean open() {
        return this == NEW || this == SCHEDULED;
    }
}
