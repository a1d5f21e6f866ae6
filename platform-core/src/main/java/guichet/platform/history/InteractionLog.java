package guichet.platform.history;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Adds entries to the current tenant's interaction history, with the signed-in actor and his address. */
@Service
public class InteractionLog {

    private final Interactions interactions;
    private final CurrentUser currentUser;
    private final Clock clock;

    InteractionLog(Interactions interactions, CurrentUser currentUser, Clock clock) {
        this.interactions = interactions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records what the signed-in user just did, in the caller's transaction.
     *
     * @param action what happened, such as {@code USER_DEACTIVATED}
     * @param subjectType the kind of thing it happened to, such as {@code user}
     * @param subjectId which one
     * @param summary a short description for the history page
     */
    @Transactional
    public void record(
            String action, @Nullable String subjectType, @Nullable String subjectId, @Nullable String summary) {
        Optional<GuichetUser> actor = currentUser.get();
        Optional<HttpServletRequest> request = currentRequest();
        interactions.save(new Interaction(
                clock.instant(),
                action,
                actor.map(GuichetUser::id).orElse(null),
                actor.map(GuichetUser::email).orElse(null),
                subjectType,
                subjectId,
                summary,
                request.map(HttpServletRequest::getRemoteAddr).orElse(null),
                request.map(r -> r.getHeader("User-Agent")).orElse(null),
                Interaction.Source.GUICHET,
                null));
    }

    /** Records something that happened outside any request, on behalf of someone named by the caller. */
    @Transactional
    public void recordFor(
            String actorLabel,
            String action,
            @Nullable String subjectType,
            @Nullable String subjectId,
            @Nullable String summary) {
        interactions.save(new Interaction(
                clock.instant(),
                action,
                null,
                actorLabel,
                subjectType,
                subjectId,
                summary,
                null,
                null,
                Interaction.Source.GUICHET,
                null));
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }
}
