/** Fixture module beta. */
@ApplicationModule
package guichetfixture.beta;

import org.springframework.modulith.ApplicationModule;
