/**
 * Files attached to tickets: stored outside the database by the platform's blob store, typed from their content,
 * each on a message (hidden with a hidden note) or on the ticket itself. {@link guichet.claims.attachments.Attachments}
 * is the one entry point; every door (pages, API, e-mail) attaches through it.
 */
@NullMarked
package guichet.claims.attachments;

import org.jspecify.annotations.NullMarked;
