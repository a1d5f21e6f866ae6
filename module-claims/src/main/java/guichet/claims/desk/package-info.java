/**
 * The tickets as the claims module handles them ({@link guichet.claims.desk.Claim}, through which every write of a ticket
 * goes) and the detail of each it keeps: messages and notes, timeline, reminders, SLA clock, rating.
 */
@NullMarked
package guichet.claims.desk;

import org.jspecify.annotations.NullMarked;
