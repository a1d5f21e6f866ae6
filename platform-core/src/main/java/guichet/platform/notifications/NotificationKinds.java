package guichet.platform.notifications;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every {@link NotificationKind} the application's modules registered, by id. */
@Component
class NotificationKinds {

    private final Map<String, NotificationKind> byId = new LinkedHashMap<>();

    NotificationKinds(ObjectProvider<NotificationKind> kinds) {
        kinds.stream().sorted(Comparator.comparing(NotificationKind::id)).forEach(kind -> {
            if (byId.putIfAbsent(kind.id(), kind) != null) {
                throw new IllegalStateException("Two notification kinds share the id " + kind.id());
            }
        });
    }

    List<NotificationKind> all() {
        return List.copyOf(byId.values());
    }

    Optional<NotificationKind> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    NotificationKind require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown notification kind " + id + ": its module registers it as a NotificationKind bean"));
    }
}
