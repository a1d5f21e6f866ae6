/**
 * The e-mail outbox: mails written in the transaction that caused them, sent after it commits and by a scheduled
 * dispatcher per tenant (one instance at a time, through ShedLock), retried with back-off while the mail server is
 * unavailable, each marked sent in the transaction that sent it.
 */
@NullMarked
package guichet.platform.notifications.outbox;

import org.jspecify.annotations.NullMarked;
