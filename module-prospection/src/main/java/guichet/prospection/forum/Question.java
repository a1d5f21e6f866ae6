package guichet.prospection.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A question asked on the forum, with what the lists show of its answers (how many are published, which one is the
 * solution, when it was last active) so that a list reads one table. Changed through {@link Forum} only.
 */
@Entity
@Table(name = "prs_forum_question")
public class Question extends Post {

    private long number;
    private UUID categoryId;
    private String title;
    private boolean locked;
    private boolean pinned;
    private @Nullable UUID solutionId;
    private int answerCount;
    private @Nullable String ticketNumber;
    private Instant lastActivityAt;

    protected Question() {}

    Question(long number, UUID categoryId, String title, String body, Poster author, PostState state, Instant now) {
        super(body, author, state, now);
        this.number = number;
        this.categoryId = categoryId;
        this.title = title;
        this.lastActivityAt = now;
    }

    /** Its number in the tenant's forum, as its address shows it ({@code /prospection/forum/questions/42}). */
    public long number() {
        return number;
    }

    public UUID categoryId() {
        return categoryId;
    }

    public String title() {
        return title;
    }

    public boolean locked() {
        return locked;
    }

    public boolean pinned() {
        return pinned;
    }

    public Optional<UUID> solution() {
        return Optional.ofNullable(solutionId);
    }

    public boolean solved() {
        return solutionId != null;
    }

    /** How many of its answers everyone reads. */
    public int answerCount() {
        return answerCount;
    }

    /** The ticket it was turned into, if any. */
    public Optional<String> ticketNumber() {
        return Optional.ofNullable(ticketNumber);
    }

    /** When it was asked or last answered: lists are ordered by it. */
    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    void lock(boolean value) {
        this.locked = value;
    }

    void pin(boolean value) {
        this.pinned = value;
    }

    void moveTo(UUID category) {
        this.categoryId = category;
    }

    void answered(Instant now) {
        this.answerCount++;
        this.lastActivityAt = now;
    }

    void answerWithdrawn() {
        this.answerCount = Math.max(0, answerCount - 1);
    }

    void markSolution(@Nullable UUID answer) {
        this.solutionId = answer;
    }

    void turnedInto(String ticket) {
        this.ticketNumber = ticket;
    }
}
