/** Fixture: a services module of a layered platform. */
@Layer(SERVICES)
@ApplicationModule
package guichetfixture.platform.high;

import static guichet.platform.Layer.Name.SERVICES;

import guichet.platform.Layer;
import org.springframework.modulith.ApplicationModule;
