/** The statistics of the demo tenants, counted from the other modules' demo data. */
@NullMarked
package guichet.stats.demo;

import org.jspecify.annotations.NullMarked;
