package guichet.platform.contact;

import guichet.platform.tenancy.TenantEvent;
import guichet.platform.tenancy.TenantId;
import java.util.UUID;

/**
 * The platform owner answered a message a tenant's administrator passed on; the tenant's thread takes the answer.
 *
 * @param tenant the tenant the message belongs to
 * @param message the tenant's message
 * @param answer what the owner wrote
 * @param owner who answered (his address)
 */
public record PassedOnAnswered(TenantId tenant, UUID message, String answer, String owner) implements TenantEvent {}
