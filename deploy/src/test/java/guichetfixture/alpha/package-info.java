/** Fixture module alpha. */
@ApplicationModule
package guichetfixture.alpha;

import org.springframework.modulith.ApplicationModule;
