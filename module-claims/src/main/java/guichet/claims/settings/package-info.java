/** The tenant's claims configuration: statuses and categories, types, priorities, SLA targets, business calendar, canned replies. */
@NullMarked
package guichet.claims.settings;

import org.jspecify.annotations.NullMarked;
