package guichet.platform.filters;

import guichet.platform.ids.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A list's criteria saved under a name by a staff user, for himself or shared with the tenant's staff. */
@Entity
@Table(name = "core_saved_filter")
public class SavedFilter {

    /** The longest name. */
    public static final int MAX_NAME = 80;

    /** The longest query. */
    public static final int MAX_QUERY = 2000;

    @Id
    private UUID id;

    private String listKey;
    private String name;
    private String query;
    private UUID ownerUserId;
    private boolean shared;
    private Instant createdAt;
    private Instant updatedAt;

    protected SavedFilter() {}

    SavedFilter(String listKey, String name, String query, UserId owner, boolean shared, Instant now) {
        this.id = UUID.randomUUID();
        this.listKey = listKey;
        this.name = name;
        this.query = query;
        this.ownerUserId = owner.value();
        this.shared = shared;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void change(String query, boolean shared, Instant now) {
        this.query = query;
        this.shared = shared;
        this.updatedAt = now;
    }

    void rename(String name, Instant now) {
        this.name = name;
        this.updatedAt = now;
    }

    public SavedFilterId id() {
        return new SavedFilterId(id);
    }

    public String listKey() {
        return listKey;
    }

    public String name() {
        return name;
    }

    /** The list's query string, without paging: {@code state=open&sort=updatedAt}. */
    public String query() {
        return query;
    }

    public UserId owner() {
        return new UserId(ownerUserId);
    }

    public boolean isShared() {
        return shared;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
