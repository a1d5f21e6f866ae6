package guichet.customers.wiki;

import guichet.customers.directory.CustomerDirectory;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.files.BlobStore;
import guichet.platform.files.StoredBlob;
import guichet.platform.history.InteractionLog;
import guichet.platform.ids.CustomerId;
import guichet.platform.web.NotFound;
import java.io.InputStream;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-customer wiki (seed 003), within what the signed-in user may see: staff reach the pages of the customers
 * they see (a sales representative his own customers'), a customer only the pages shared with him. Each change of a
 * page keeps a revision; a change made on an older revision than the page's is refused, never silently overwritten.
 */
@Service
public class Wiki {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 100_000;

    private final WikiPages pages;
    private final WikiRevisions revisions;
    private final WikiAttachments attachments;
    private final BlobStore blobs;
    private final CustomerDirectory directory;
    private final InteractionLog history;
    private final Clock clock;

    Wiki(
            WikiPages pages,
            WikiRevisions revisions,
            WikiAttachments attachments,
            BlobStore blobs,
            CustomerDirectory directory,
            InteractionLog history,
            Clock clock) {
        this.pages = pages;
        this.revisions = revisions;
        this.attachments = attachments;
        this.blobs = blobs;
        this.directory = directory;
        this.history = history;
        this.clock = clock;
    }

    /** A customer the user may see, and his pages, latest change first. */
    @Transactional(readOnly = true)
    public List<WikiPage> pages(CustomerId customer) {
        directory.visible(customer);
        return pages.of(customer.value());
    }

    /** One of a visible customer's pages; {@link NotFound} for any other. */
    @Transactional(readOnly = true)
    public WikiPage page(CustomerId customer, UUID id) {
        directory.visible(customer);
        return pages.findById(id)
                .filter(p -> p.customer().equals(customer))
                .orElseThrow(() -> new NotFound("Wiki page " + id));
    }

    @Transactional(readOnly = true)
    public List<WikiRevision> revisions(CustomerId customer, UUID id) {
        return revisions.of(page(customer, id).id());
    }

    @Transactional(readOnly = true)
    public WikiRevision revision(CustomerId customer, UUID id, int number) {
        return revisions
                .find(page(customer, id).id(), number)
                .orElseThrow(() -> new NotFound("Revision " + number + " of " + id));
    }

    /** A revision as its address names it; one that is not a number does not exist. */
    @Transactional(readOnly = true)
    public WikiRevision revision(CustomerId customer, UUID id, String number) {
        try {
            return revision(customer, id, Integer.parseInt(number));
        } catch (NumberFormatException e) {
            throw new NotFound("Revision " + number + " of " + id);
        }
    }

    /** What a revision changed from the one before it (the first: from nothing), line by line. */
    @Transactional(readOnly = true)
    public List<WikiDiff.Line> changes(CustomerId customer, UUID id, WikiRevision revision) {
        String before = revision.number() > 1
                ? revision(customer, id, revision.number() - 1).body()
                : "";
        return WikiDiff.between(before, revision.body());
    }

    @Transactional
    public WikiPage create(CustomerId customer, String title, String body) {
        Customer about = directory.visible(customer);
        check(title, body);
        Instant now = clock.instant();
        String author = directory.me().displayName();
        WikiPage page = pages.save(new WikiPage(about.id(), title.strip(), body, author, now));
        revisions.save(new WikiRevision(page, author, now));
        history.record("WIKI_PAGE_CREATED", "customer", about.number().value(), title.strip());
        return page;
    }

    /**
     * Saves a new revision of a page, made on revision {@code basedOn}; nothing when title and text are unchanged.
     *
     * @throws WikiRejected when something is wrong with them, or when someone saved the page since {@code basedOn}
     */
    @Transactional
    public WikiPage edit(CustomerId customer, UUID id, int basedOn, String title, String body) {
        WikiPage page = page(customer, id);
        if (page.revision() != basedOn) {
            throw new WikiRejected(Map.of("body", "customers.wiki.error.conflict"));
        }
        check(title, body);
        if (page.title().equals(title.strip()) && page.body().equals(body)) {
            return page;
        }
        Instant now = clock.instant();
        String author = directory.me().displayName();
        page.rewrite(title.strip(), body, author, now);
        revisions.save(new WikiRevision(page, author, now));
        history.record(
                "WIKI_PAGE_CHANGED",
                "customer",
                directory.visible(customer).number().value(),
                title.strip());
        return page;
    }

    /** The files attached to one of a visible customer's pages, oldest first. */
    @Transactional(readOnly = true)
    public List<WikiAttachment> attachments(CustomerId customer, UUID id) {
        return attachments.of(page(customer, id).id());
    }

    /** One file of one of a visible customer's pages; {@link NotFound} for any other. */
    @Transactional(readOnly = true)
    public WikiAttachment attachment(CustomerId customer, UUID id, UUID file) {
        return attachments.find(page(customer, id).id(), file).orElseThrow(() -> new NotFound("File " + file));
    }

    /**
     * Attaches a file to a page, its content streamed to the tenant's blob store (the store's size limit applies).
     *
     * @throws guichet.platform.files.BlobTooLarge past the limit; nothing is kept
     */
    @Transactional
    public WikiAttachment attach(CustomerId customer, UUID id, InputStream content, String filename) {
        WikiPage page = page(customer, id);
        String name = filename.isBlank()
                ? "fichier"
                : Paths.get(filename).getFileName().toString();
        StoredBlob blob = blobs.store(content, name);
        WikiAttachment attached = attachments.save(
                new WikiAttachment(page, name, blob, directory.me().displayName(), clock.instant()));
        history.record(
                "WIKI_FILE_ATTACHED",
                "customer",
                directory.visible(customer).number().value(),
                name);
        return attached;
    }

    /** The files of a page shared with the signed-in customer. */
    @Transactional(readOnly = true)
    public List<WikiAttachment> sharedAttachments(UUID id) {
        return attachments.of(sharedWithMe(id).id());
    }

    /** One file of a page shared with the signed-in customer; {@link NotFound} for any other. */
    @Transactional(readOnly = true)
    public WikiAttachment sharedAttachment(UUID id, UUID file) {
        return attachments.find(sharedWithMe(id).id(), file).orElseThrow(() -> new NotFound("File " + file));
    }

    /**
     * Writes a page in the platform's own name, without a signed-in user or access check: for demo data and imports,
     * never for a request. Each text after the first is a later revision.
     */
    @Transactional
    public WikiPage seed(CustomerId customer, String title, List<String> texts, String author, boolean shared) {
        Instant now = clock.instant();
        WikiPage page = pages.save(new WikiPage(customer, title, texts.getFirst(), author, now));
        revisions.save(new WikiRevision(page, author, now));
        for (String text : texts.subList(1, texts.size())) {
            page.rewrite(title, text, author, now);
            revisions.save(new WikiRevision(page, author, now));
        }
        page.share(shared);
        return page;
    }

    /** Shares a page with its customer, who then reads it in his portal, or stops sharing it. */
    @Transactional
    public void share(CustomerId customer, UUID id, boolean withCustomer) {
        WikiPage page = page(customer, id);
        page.share(withCustomer);
        history.record(
                withCustomer ? "WIKI_PAGE_SHARED" : "WIKI_PAGE_UNSHARED",
                "customer",
                directory.visible(customer).number().value(),
                page.title());
    }

    /** The pages shared with the signed-in customer (and the customers depending on him), latest first. */
    @Transactional(readOnly = true)
    public List<WikiPage> sharedWithMe() {
        if (!(directory.access() instanceof CustomerAccess.Accounts mine)
                || mine.customers().isEmpty()) {
            return List.of();
        }
        return pages.sharedWith(mine.customers().stream().map(CustomerId::value).toList());
    }

    /** A page shared with the signed-in customer; {@link NotFound} for any other. */
    @Transactional(readOnly = true)
    public WikiPage sharedWithMe(UUID id) {
        return sharedWithMe().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFound("Wiki page " + id));
    }

    private static void check(String title, String body) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (title.isBlank()) {
            problems.put("title", "customers.wiki.error.title.required");
        } else if (title.strip().length() > TITLE_MAX) {
            problems.put("title", "customers.wiki.error.title.length");
        }
        if (body.length() > BODY_MAX) {
            problems.put("body", "customers.wiki.error.body.length");
        }
        if (!problems.isEmpty()) {
            throw new WikiRejected(problems);
        }
    }
}
