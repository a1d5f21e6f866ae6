/** The detail of each ticket the claims module keeps: messages and notes, timeline, reminders, SLA clock, rating. */
@NullMarked
package guichet.claims.desk;

import org.jspecify.annotations.NullMarked;
