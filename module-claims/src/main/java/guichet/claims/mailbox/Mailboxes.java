package guichet.claims.mailbox;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's mailbox settings (one row at most). */
interface Mailboxes extends Repository<Mailbox, Short> {

    Mailbox save(Mailbox mailbox);

    Optional<Mailbox> findById(Short id);

    default Optional<Mailbox> find() {
        return findById((short) 1);
    }
}
