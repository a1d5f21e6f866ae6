package guichet.shops.referential;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An issuing structure (« structure émettrice », seed 000) of a partner: at the top of its tree ({@code parent} null)
 * or under another structure of the same partner, to any depth.
 */
@Entity
@Table(name = "shp_structure")
public class Structure {

    @Id
    private UUID id;

    private UUID partnerId;
    private @Nullable UUID parentId;
    private String code;
    private String name;
    private Instant createdAt;

    @Version
    private int version;

    protected Structure() {}

    Structure(UUID partner, @Nullable UUID parent, String code, String name, Instant now) {
        this.id = UUID.randomUUID();
        this.partnerId = partner;
        this.parentId = parent;
        this.code = code;
        this.name = name;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID partnerId() {
        return partnerId;
    }

    /** The structure it is under, empty at the top of its partner's tree. */
    public Optional<UUID> parentId() {
        return Optional.ofNullable(parentId);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    void describe(String newCode, String newName, @Nullable UUID newParent) {
        this.code = newCode;
        this.name = newName;
        this.parentId = newParent;
    }
}
