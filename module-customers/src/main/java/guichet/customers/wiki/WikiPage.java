package guichet.customers.wiki;

import guichet.platform.ids.CustomerId;
import guichet.platform.text.SearchText;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A wiki page about one customer: its current title and Markdown text, its revision number (each change adds one,
 * kept as a {@link WikiRevision}) and whether the customer reads it in his portal.
 */
@Entity
@Table(name = "cus_wiki_page")
public class WikiPage {

    @Id
    private UUID id;

    private UUID customerId;
    private String title;
    private String body;
    private boolean shared;
    private int revision;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;
    private String searchText = "";

    @Version
    private int version;

    protected WikiPage() {}

    WikiPage(CustomerId customer, String title, String body, String author, Instant now) {
        this.id = UUID.randomUUID();
        this.customerId = customer.value();
        this.title = title;
        this.body = body;
        this.revision = 1;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = author;
    }

    public UUID id() {
        return id;
    }

    public CustomerId customer() {
        return new CustomerId(customerId);
    }

    public String title() {
        return title;
    }

    /** The Markdown text. */
    public String body() {
        return body;
    }

    public boolean shared() {
        return shared;
    }

    public int revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /** Its next revision's number, after a change of text or title. */
    int rewrite(String newTitle, String newBody, String author, Instant now) {
        this.title = newTitle;
        this.body = newBody;
        this.revision++;
        this.updatedAt = now;
        this.updatedBy = author;
        return revision;
    }

    void share(boolean withCustomer) {
        this.shared = withCustomer;
    }

    /** Its title's and text's words, normalised, as the wiki search matches them (see {@link SearchText}). */
    @PrePersist
    @PreUpdate
    void reindex() {
        List<String> words = new ArrayList<>(SearchText.words(title));
        words.addAll(SearchText.words(body));
        this.searchText = SearchText.document(words.stream().distinct().toList());
    }
}
