package guichet.platform.persistence;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * A record whose id is given when it is made, and which is new until stored ({@link Persistable}): saving it is then
 * one {@code INSERT} (batched with its like), not a {@code SELECT} by id first to tell whether it exists.
 */
@MappedSuperclass
public abstract class StoredOnce implements Persistable<UUID> {

    @Id
    protected UUID id;

    @Transient
    private boolean stored;

    protected StoredOnce() {}

    protected StoredOnce(UUID id) {
        this.id = id;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
    }
}
