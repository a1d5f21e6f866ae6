package guichet.claims.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A predefined reply (seed 003: « réponses prédéfinies »). Its body may hold placeholders filled for the ticket at
 * hand: {@code {customer}}, {@code {ticket}}, {@code {title}}, {@code {agent}}.
 */
@Entity
@Table(name = "clm_canned_reply")
public class CannedReply {

    @Id
    private UUID id;

    private String title;
    private String body;
    private int position;
    private boolean active = true;

    protected CannedReply() {}

    public CannedReply(String title, String body, int position) {
        this.id = UUID.randomUUID();
        this.position = position;
        describe(title, body);
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public boolean active() {
        return active;
    }

    public void describe(String newTitle, String newBody) {
        if (newTitle.isBlank() || newTitle.length() > 100 || newBody.isBlank() || newBody.length() > 10_000) {
            throw new SettingRejected("claims.settings.error.canned");
        }
        this.title = newTitle.strip();
        this.body = newBody.strip();
    }

    public void activate(boolean value) {
        this.active = value;
    }

    /** The body with its placeholders filled. */
    public String fill(String customer, String ticket, String ticketTitle, String agent) {
        return body.replace("{customer}", customer)
                .replace("{ticket}", ticket)
                .replace("{title}", ticketTitle)
                .replace("{agent}", agent);
    }
}
