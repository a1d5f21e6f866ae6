package guichet.platform.contact;

import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform owner's side of contact messages, for the console: the messages tenants' administrators passed on to
 * him, across tenants (the only contact messages the console sees), and his answers, which go back to each tenant's
 * thread ({@link PassedOnAnswered}).
 */
@Service
@Transactional
public class OwnerDesk {

    private final PassedOnMessages passedOn;
    private final TenantCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OwnerDesk(PassedOnMessages passedOn, TenantCatalog catalog, ApplicationEventPublisher events, Clock clock) {
        this.passedOn = passedOn;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** The messages passed on, all of them or those still waiting for an answer, as asked ordered. */
    @Transactional(readOnly = true)
    public Page<PassedOnMessage> list(boolean waitingOnly, Pageable page) {
        return waitingOnly ? passedOn.findByAnsweredAtIsNull(page) : passedOn.findAll(page);
    }

    @Transactional(readOnly = true)
    public Optional<PassedOnMessage> find(UUID id) {
        return passedOn.findById(id);
    }

    /**
     * Answers a message passed on; the answer reaches the tenant's administrators once this commits.
     *
     * @param owner who answers (his address)
     * @throws ContactRejected {@code contact.error.body} for an empty or too long answer,
     *     {@code contact.error.owner-answered} when it was already answered
     */
    public void answer(PassedOnMessage message, String text, String owner) {
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty() || answer.length() > ContactDesk.MAX_BODY) {
            throw new ContactRejected("contact.error.body");
        }
        if (message.answered()) {
            throw new ContactRejected("contact.error.owner-answered");
        }
        message.answer(answer, owner, clock.instant());
        passedOn.save(message);
        TenantId tenant = new TenantId(message.tenantSlug());
        if (catalog.exists(tenant)) {
            events.publishEvent(new PassedOnAnswered(tenant, message.messageId(), answer, owner));
        }
    }
}
