package guichet.customers.wiki;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A wiki page as one change left it: its number (1 for the first), title, Markdown text, author and date. */
@Entity
@Table(name = "cus_wiki_revision")
public class WikiRevision {

    @Id
    private UUID id;

    private UUID pageId;
    private int number;
    private String title;
    private String body;
    private String author;
    private Instant createdAt;

    protected WikiRevision() {}

    WikiRevision(WikiPage page, String author, Instant now) {
        this.id = UUID.randomUUID();
        this.pageId = page.id();
        this.number = page.revision();
        this.title = page.title();
        this.body = page.body();
        this.author = author;
        this.createdAt = now;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
