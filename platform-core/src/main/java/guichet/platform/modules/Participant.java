package guichet.platform.modules;

/**
 * A module's part in another module's operation through a synchronous port (such as
 * {@code guichet.platform.sales.SaleParticipant}): called inside the operation's transaction, where the operation must
 * not happen unless the module does its share at once or agrees (a sale reserving stock in the shops module), which an
 * event handled after the commit cannot promise. It may refuse by throwing a {@link Refusal}, which rolls the whole
 * operation back. {@link Participants} calls it only for tenants that have its module.
 */
public interface Participant {

    /** The module the participant belongs to. */
    String module();
}
