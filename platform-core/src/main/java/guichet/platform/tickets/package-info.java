/**
 * The shared ticket model: what every module reads of a customer's request or incident (its number, customer, status
 * and its category, dates), read-only; the claims module owns the ticket's lifecycle and alone writes it.
 */
@Layer(MODEL)
@ApplicationModule(
        displayName = "Tickets (shared model)",
        allowedDependencies = {"platform.ids"})
@NullMarked
package guichet.platform.tickets;

import static guichet.platform.Layer.Name.MODEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
