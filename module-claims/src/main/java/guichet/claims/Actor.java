package guichet.claims;

import guichet.platform.identity.GuichetUser;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who acts on a ticket, as the timeline records him: a staff user, a customer's account, someone known only by his
 * e-mail address (a message from an unknown sender), or Guichet itself (a scheduled job).
 *
 * @param user his account, if he has one
 * @param name his name as the timeline and lists show it
 * @param staff whether he acts for the tenant rather than as a customer
 * @param customer the customer he acts as, for a customer
 */
public record Actor(
        @Nullable UserId user,
        String name,
        boolean staff,
        @Nullable CustomerId customer) {

    public static Actor of(GuichetUser user) {
        return new Actor(user.id(), user.displayName(), user.isStaff(), user.customer());
    }

    /** The sender of an e-mail, known as a customer or not. */
    public static Actor sender(@Nullable CustomerId customer, String nameOrAddress) {
        return new Actor(null, nameOrAddress, false, customer);
    }

    /** Guichet itself, for what scheduled jobs do. */
    public static Actor system() {
        return new Actor(null, "Guichet", true, null);
    }

    public Optional<UserId> account() {
        return Optional.ofNullable(user);
    }
}
