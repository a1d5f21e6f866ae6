/**
 * What the claims module counts for the statistics (seed 000: demands by service, agency and period; seed 003:
 * requests per user, resolution time per customer; issue 17: first-response and resolution times in business hours,
 * SLA success, reopenings, satisfaction by agent, type and period, each agent's answers and resolutions): its
 * measures, the facts of each change, and every fact its tickets, messages and timelines hold for a rebuild.
 */
@NullMarked
package guichet.claims.figures;

import org.jspecify.annotations.NullMarked;
