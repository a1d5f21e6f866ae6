package guichet.customers.web.api;

import guichet.customers.CustomersModule;
import guichet.customers.directory.CustomerDirectory;
import guichet.customers.wiki.Markdown;
import guichet.customers.wiki.Wiki;
import guichet.customers.wiki.WikiPage;
import guichet.platform.customers.Customer;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import guichet.platform.web.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's wiki pages as JSON, for the staff who may see that customer: listed, read (Markdown and its safe
 * HTML), written and changed; a change based on an older revision than the page's answers 409.
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

    private final Wiki wiki;
    private final CustomerDirectory directory;
    private final Markdown markdown;

    WikiApiController(Wiki wiki, CustomerDirectory directory, Markdown markdown) {
        this.wiki = wiki;
        this.directory = directory;
        this.markdown = markdown;
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

    private WikiPageResponse response(WikiPage page) {
        return new WikiPageResponse(WikiPageSummary.of(page), page.body(), markdown.html(page.body()));
    }

    private CustomerId customer(String number) {
        return directory.byNumber(number).map(Customer::id).orElseThrow(() -> new NotFound("Customer " + number));
    }

    private static String text(String typed) {
        return typed == null ? "" : typed;
    }
}
