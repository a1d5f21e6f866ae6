package guichet.claims.mailbox;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The mails the current tenant's door read. */
interface InboundMails extends Repository<InboundMail, UUID> {

    InboundMail save(InboundMail mail);

    Optional<InboundMail> findByMessageKey(String messageKey);

    @Query("select count(m) from InboundMail m where m.outcome = guichet.claims.mailbox.InboundMail.Outcome.FAILED")
    long countFailed();
}
