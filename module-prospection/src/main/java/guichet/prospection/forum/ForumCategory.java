package guichet.prospection.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A category of the forum (« Mobile et forfaits », « Internet et fibre »…), reached at its slug. */
@Entity
@Table(name = "prs_forum_category")
public class ForumCategory {

    @Id
    private UUID id;

    private String slug;
    private String name;
    private @Nullable String description;
    private int position;
    private Instant createdAt;

    @Version
    private int version;

    protected ForumCategory() {}

    ForumCategory(String slug, String name, @Nullable String description, int position, Instant now) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.position = position;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public @Nullable String description() {
        return description;
    }

    public int position() {
        return position;
    }
}
