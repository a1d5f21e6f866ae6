/** Business time and the scheduled jobs that watch SLA deadlines and reminders. */
@NullMarked
package guichet.claims.sla;

import org.jspecify.annotations.NullMarked;
