package guichet.customers.web.api;

import guichet.customers.CustomersModule;
import guichet.customers.directory.CustomerDirectory;
import guichet.customers.wiki.Wiki;
import guichet.customers.wiki.WikiAttachment;
import guichet.customers.wiki.WikiDiff;
import guichet.customers.wiki.WikiPage;
import guichet.customers.wiki.WikiRevision;
import guichet.customers.wiki.WikiText;
import guichet.platform.customers.Customer;
import guichet.platform.files.BlobResponses;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import guichet.platform.web.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's wiki pages as JSON, for the staff who may see that customer: listed, read (Markdown and its safe
 * HTML), written and changed, with their revisions (and what each changed) and their files; a change based on an
 * older revision than the page's answers 409.
 */
@RestController
@RequiresPermission(CustomersModule.VIEW)
class WikiApiController {

    /** A page in a list. */
    record WikiPageSummary(UUID id, String title, boolean shared, int revision, Instant updatedAt, String updatedBy) {

        static WikiPageSummary of(WikiPage page) {
            return new WikiPageSummary(
                    page.id(), page.title(), page.shared(), page.revision(), page.updatedAt(), page.updatedBy());
        }
    }

    /** A page whole: its Markdown and the HTML it shows as. */
    record WikiPageResponse(WikiPageSummary page, String markdown, String html) {}

    /** A page to write, or a change of one based on {@code revision}. */
    record WikiPageRequest(String title, String markdown, int revision) {}

    /** A revision in a page's history. */
    record WikiRevisionSummary(int number, String title, String author, Instant createdAt) {

        static WikiRevisionSummary of(WikiRevision revision) {
            return new WikiRevisionSummary(
                    revision.number(), revision.title(), revision.author(), revision.createdAt());
        }
    }

    /** A revision whole: its Markdown, its HTML and what it changed from the one before, line by line. */
    record WikiRevisionResponse(
            WikiRevisionSummary revision, String markdown, String html, List<WikiDiff.Line> changes) {}

    /** A file attached to a page; its content is at {@code .../files/{id}}. */
    record WikiFileSummary(UUID id, String filename, long size, Instant uploadedAt, String uploadedBy) {

        static WikiFileSummary of(WikiAttachment file) {
            return new WikiFileSummary(file.id(), file.filename(), file.size(), file.uploadedAt(), file.uploadedBy());
        }
    }

    private final Wiki wiki;
    private final CustomerDirectory directory;
    private final WikiText text;
    private final BlobResponses files;

    WikiApiController(Wiki wiki, CustomerDirectory directory, WikiText text, BlobResponses files) {
        this.wiki = wiki;
        this.directory = directory;
        this.text = text;
        this.files = files;
    }

    @GetMapping("/api/customers/{number}/wiki")
    List<WikiPageSummary> pages(@PathVariable String number) {
        return wiki.pages(customer(number)).stream().map(WikiPageSummary::of).toList();
    }

    @GetMapping("/api/customers/{number}/wiki/{page}")
    WikiPageResponse page(@PathVariable String number, @PathVariable UUID page) {
        return response(wiki.page(customer(number), page));
    }

    @PostMapping("/api/customers/{number}/wiki")
    @RequiresPermission(CustomersModule.EDIT)
    @ResponseStatus(HttpStatus.CREATED)
    WikiPageResponse create(@PathVariable String number, @RequestBody WikiPageRequest request) {
        return response(wiki.create(customer(number), text(request.title()), text(request.markdown())));
    }

    @PutMapping("/api/customers/{number}/wiki/{page}")
    @RequiresPermission(CustomersModule.EDIT)
    WikiPageResponse change(
            @PathVariable String number, @PathVariable UUID page, @RequestBody WikiPageRequest request) {
        return response(
                wiki.edit(customer(number), page, request.revision(), text(request.title()), text(request.markdown())));
    }

    @GetMapping("/api/customers/{number}/wiki/{page}/revisions")
    List<WikiRevisionSummary> revisions(@PathVariable String number, @PathVariable UUID page) {
        return wiki.revisions(customer(number), page).stream()
                .map(WikiRevisionSummary::of)
                .toList();
    }

    @GetMapping("/api/customers/{number}/wiki/{page}/revisions/{version}")
    WikiRevisionResponse revision(@PathVariable String number, @PathVariable UUID page, @PathVariable String version) {
        CustomerId customer = customer(number);
        WikiRevision revision = wiki.revision(customer, page, version);
        return new WikiRevisionResponse(
                WikiRevisionSummary.of(revision),
                revision.body(),
                text.forStaff(customer, revision.body()),
                wiki.changes(customer, page, revision));
    }

    @GetMapping("/api/customers/{number}/wiki/{page}/files")
    List<WikiFileSummary> files(@PathVariable String number, @PathVariable UUID page) {
        return wiki.attachments(customer(number), page).stream()
                .map(WikiFileSummary::of)
                .toList();
    }

    @GetMapping("/api/customers/{number}/wiki/{page}/files/{file}")
    ResponseEntity<Resource> file(@PathVariable String number, @PathVariable UUID page, @PathVariable UUID file) {
        WikiAttachment attachment = wiki.attachment(customer(number), page, file);
        return files.serve(attachment.blob(), attachment.filename());
    }

    private WikiPageResponse response(WikiPage page) {
        return new WikiPageResponse(WikiPageSummary.of(page), page.body(), text.forStaff(page.customer(), page.body()));
    }

    private CustomerId customer(String number) {
        return directory.byNumber(number).map(Customer::id).orElseThrow(() -> new NotFound("Customer " + number));
    }

    private static String text(String typed) {
        return typed == null ? "" : typed;
    }
}
