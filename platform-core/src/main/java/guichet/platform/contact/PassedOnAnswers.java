package guichet.platform.contact;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Brings the platform owner's answer into the tenant's thread, after the console's transaction committed, with the
 * tenant bound (the event carries it); the event publication registry retries it should the tenant's side fail.
 */
@Component
class PassedOnAnswers {

    private final ContactDesk desk;

    PassedOnAnswers(ContactDesk desk) {
        this.desk = desk;
    }

    @ApplicationModuleListener
    void on(PassedOnAnswered event) {
        desk.ownerAnswered(event.message(), event.answer(), event.owner());
    }
}
