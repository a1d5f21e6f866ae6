package guichet.claims.desk;

import guichet.platform.ids.TicketId;
import guichet.platform.ids.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How the customer rated the service on a ticket, 1 to 5 with a comment (seed 000 measures satisfaction). */
@Entity
@Table(name = "clm_rating")
public class Rating {

    @Id
    private UUID ticketId;

    private int score;
    private @Nullable String comment;
    private Instant ratedAt;

    @Column(name = "rated_by")
    private @Nullable UUID ratedBy;

    protected Rating() {}

    public Rating(TicketId ticket, int score, @Nullable String comment, @Nullable UserId by, Instant now) {
        this.ticketId = ticket.value();
        this.ratedBy = by == null ? null : by.value();
        rate(score, comment, now);
    }

    /** Rates again (a customer may change his mind). */
    public void rate(int newScore, @Nullable String newComment, Instant now) {
        if (newScore < 1 || newScore > 5 || (newComment != null && newComment.length() > 2000)) {
            throw new IllegalArgumentException("A rating is 1 to 5 with a comment of at most 2000 characters");
        }
        this.score = newScore;
        this.comment = newComment == null || newComment.isBlank() ? null : newComment.strip();
        this.ratedAt = now;
    }

    public int score() {
        return score;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public Instant ratedAt() {
        return ratedAt;
    }

    public void forgetComment() {
        this.comment = null;
    }
}
