package guichet.customers.wiki;

import guichet.customers.CustomerAnonymised;
import guichet.customers.CustomerMerged;
import guichet.platform.files.BlobKey;
import guichet.platform.files.BlobStore;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the wiki with its customers: a merged customer's pages go to the customer he was merged into, an anonymised
 * customer's pages (what staff wrote about him) are deleted with their revisions and files.
 */
@Component
class WikiCleanup {

    private final WikiPages pages;
    private final WikiAttachments attachments;
    private final BlobStore blobs;

    WikiCleanup(WikiPages pages, WikiAttachments attachments, BlobStore blobs) {
        this.pages = pages;
        this.attachments = attachments;
        this.blobs = blobs;
    }

    @ApplicationModuleListener
    void on(CustomerMerged event) {
        follow(event);
    }

    @ApplicationModuleListener
    void on(CustomerAnonymised event) {
        forget(event);
    }

    /** Moves the merged customer's pages to the survivor, in the caller's transaction (the listener's, after commit). */
    void follow(CustomerMerged event) {
        pages.move(event.merged().value(), event.survivor().value());
    }

    /** Deletes the anonymised customer's files and pages, in the caller's transaction. */
    void forget(CustomerAnonymised event) {
        attachments.blobsOf(event.customer().value()).forEach(key -> blobs.delete(BlobKey.parse(key)));
        pages.deleteOf(event.customer().value());
    }
}
