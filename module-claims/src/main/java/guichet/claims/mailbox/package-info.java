/**
 * The e-mail door (seed 003): each tenant's IMAP mailbox, its settings page, and the poller that turns unread mail into
 * tickets or replies through the {@link guichet.claims.ServiceDesk}, acknowledging a mail on the server only once its
 * ticket is committed. Its one public type is {@link guichet.claims.mailbox.MailboxPoller}.
 */
@NullMarked
package guichet.claims.mailbox;

import org.jspecify.annotations.NullMarked;
