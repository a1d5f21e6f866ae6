/**
 * Which tenant a piece of work belongs to: the tenant catalogue, the per-thread tenant context and the rules that carry
 * it across threads, jobs and events.
 */
@NamedInterface("tenancy")
@NullMarked
package guichet.platform.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
