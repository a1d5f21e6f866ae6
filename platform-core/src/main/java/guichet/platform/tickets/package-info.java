/** The shared ticket model: a customer's request or incident, with its number, status and priority. */
@NamedInterface("tickets")
@NullMarked
package guichet.platform.tickets;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
