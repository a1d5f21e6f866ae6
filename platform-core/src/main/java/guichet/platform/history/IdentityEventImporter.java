package guichet.platform.history;

import guichet.platform.realms.KeycloakAdmin;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantJobs;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.representations.idm.EventRepresentation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads sign-ins, failed sign-ins, sign-outs, registrations and password and address changes from the tenant's realm
 * into its interaction history: Keycloak sees them first-hand, including failures that never reach Guichet. A confirmed
 * address change also renames the user's record. Runs every minute, and before the history page is shown; an event is
 * never imported twice.
 */
@Service
public class IdentityEventImporter {

    private static final Duration OVERLAP = Duration.ofMinutes(2);
    private static final Duration FIRST_LOOK_BACK = Duration.ofDays(7);
    private static final int BATCH = 500;

    private final KeycloakAdmin keycloak;
    private final Interactions interactions;
    private final Users users;
    private final TransactionTemplate transactions;
    private final TenantJobs jobs;
    private final Clock clock;

    IdentityEventImporter(
            KeycloakAdmin keycloak,
            Interactions interactions,
            Users users,
            TransactionTemplate transactions,
            TenantJobs jobs,
            Clock clock) {
        this.keycloak = keycloak;
        this.interactions = interactions;
        this.users = users;
        this.transactions = transactions;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "60s", fixedDelayString = "${guichet.identity.event-import-interval:60s}")
    void importAll() {
        jobs.forEachActiveTenant("import identity events", tenant -> importNow());
    }

    /**
     * Imports the bound tenant's new realm events.
     *
     * @return how many entries were added
     */
    public int importNow() {
        String realm = TenantContext.require().slug();
        Instant since = transactions
                .execute(status -> interactions.lastImported())
                .map(last -> last.minus(OVERLAP))
                .orElse(clock.instant().minus(FIRST_LOOK_BACK));
        int added = 0;
        int first = 0;
        List<EventRepresentation> page;
        do {
            page = keycloak.realm(realm)
                    .getEvents(
                            null,
                            null,
                            null,
                            since.toEpochMilli(),
                            clock.instant().plusSeconds(60).toEpochMilli(),
                            null,
                            first,
                            BATCH,
                            "asc");
            added += store(page);
            first += BATCH;
        } while (page.size() == BATCH);
        return added;
    }

    private int store(List<EventRepresentation> events) {
        if (events.isEmpty()) {
            return 0;
        }
        Integer added = transactions.execute(status -> {
            Set<String> known = interactions.findExternalIdsIn(
                    events.stream().map(IdentityEventImporter::externalId).toList());
            Set<String> seen = new java.util.HashSet<>(known);
            List<EventRepresentation> fresh =
                    events.stream().filter(event -> seen.add(externalId(event))).toList();
            Map<String, Optional<User>> actors = fresh.stream()
                    .map(EventRepresentation::getUserId)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .collect(Collectors.toMap(id -> id, users::findByIdentitySubject));
            for (EventRepresentation event : fresh) {
                String externalId = externalId(event);
                Optional<User> actor = event.getUserId() == null
                        ? Optional.empty()
                        : actors.getOrDefault(event.getUserId(), Optional.empty());
                Map<String, String> details = event.getDetails() == null ? Map.of() : event.getDetails();
                String label = actor.map(User::email).orElse(details.getOrDefault("username", details.get("email")));
                actor.ifPresent(user -> followAddressChange(user, event.getType(), details));
                interactions.save(new Interaction(
                        Instant.ofEpochMilli(event.getTime()),
                        event.getType(),
                        actor.map(User::id).orElse(null),
                        label,
                        "identity",
                        event.getUserId(),
                        summary(event, details),
                        event.getIpAddress(),
                        null,
                        Interaction.Source.KEYCLOAK,
                        externalId));
            }
            return fresh.size();
        });
        return added == null ? 0 : added;
    }

    /**
     * Keycloak is the authority on a user's e-mail: once he confirms a new address there (the link it mails), his
     * record follows at once rather than at his next sign-in, so the pages of the session he is in show it.
     */
    private void followAddressChange(User user, String type, Map<String, String> details) {
        String updated = details.get("updated_email");
        if ("UPDATE_EMAIL".equals(type)
                && updated != null
                && !updated.isBlank()
                && user.email().equalsIgnoreCase(details.getOrDefault("previous_email", user.email()))) {
            user.rename(updated, user.firstName(), user.lastName(), clock.instant());
        }
    }

    private static String externalId(EventRepresentation event) {
        if (event.getId() != null) {
            return event.getId();
        }
        return Integer.toHexString(
                java.util.Objects.hash(event.getTime(), event.getType(), event.getUserId(), event.getSessionId()));
    }

    private static String summary(EventRepresentation event, Map<String, String> details) {
        StringBuilder text = new StringBuilder();
        if (event.getError() != null) {
            text.append(event.getError());
        }
        String method = details.get("auth_method");
        if (method != null) {
            text.append(text.isEmpty() ? "" : " · ").append(method);
        }
        if (event.getClientId() != null) {
            text.append(text.isEmpty() ? "" : " · ").append(event.getClientId());
        }
        return text.toString();
    }
}
