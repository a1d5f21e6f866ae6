package guichet.quotes.quote;

/** Where a quote stands. */
public enum QuoteStatus {
    /** A revision is being prepared: the first, or the next after one sent or refused. */
    DRAFT,
    /** Its latest revision is with the customer, who may accept or refuse it. */
    SENT,
    /** The customer accepted its latest sent revision: it never changes again. */
    ACCEPTED,
    /** The customer refused its latest sent revision; staff may revise it. */
    REFUSED
}
