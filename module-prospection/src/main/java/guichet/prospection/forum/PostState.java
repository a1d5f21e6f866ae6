package guichet.prospection.forum;

/** Who may read a question or an answer. */
public enum PostState {
    /** Everyone. */
    PUBLISHED,
    /** Its author and the moderators, until a moderator lets it through (a link from a new account). */
    HELD,
    /** The moderators only: a moderator hid it. */
    HIDDEN
}
