package guichet.prospection.forum;

import guichet.platform.ids.UserId;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a question and an answer share: their text, their author as he was named when he wrote, who may read them, and
 * the hash of the address they came from (the per-address limit). Changed through {@link Forum} only.
 */
@MappedSuperclass
public abstract class Post {

    @Id
    private UUID id;

    private String body;
    private UUID authorId;
    private String authorName;
    private boolean authorStaff;

    @Enumerated(EnumType.STRING)
    private PostState state;

    private String clientAddress;
    private Instant createdAt;

    @Version
    private int version;

    protected Post() {}

    Post(String body, Poster author, PostState state, Instant now) {
        this.id = UUID.randomUUID();
        this.body = body;
        this.authorId = author.user().value();
        this.authorName = author.name();
        this.authorStaff = author.staff();
        this.state = state;
        this.clientAddress = author.clientAddress();
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    /** The text, as typed (plain text; pages keep its line breaks). */
    public String body() {
        return body;
    }

    public UserId author() {
        return new UserId(authorId);
    }

    /** The author's name as it was when he wrote. */
    public String authorName() {
        return authorName;
    }

    /** Whether the author was one of the tenant's staff: pages say so beside his name. */
    public boolean authorStaff() {
        return authorStaff;
    }

    public PostState state() {
        return state;
    }

    public boolean published() {
        return state == PostState.PUBLISHED;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Whether this user wrote it. */
    public boolean isBy(@Nullable UserId user) {
        return user != null && authorId.equals(user.value());
    }

    void changeState(PostState newState) {
        this.state = newState;
    }

    /**
     * Forgets what its author wrote and who he was (his customer record was anonymised), keeping the post in its place
     * so that the thread still reads.
     */
    void erase(String erased) {
        this.body = erased;
        this.authorName = erased;
        this.clientAddress = erased;
    }
}
