/** JMH benchmarks of the search port over one tenant holding a million tickets and a million customers. */
@NullMarked
package guichet.benchmarks;

import org.jspecify.annotations.NullMarked;
