/** The six demo tenants the {@code dev} profile seeds on first start, each with a little data of its own. */
@NullMarked
package guichet.platform.demo;

import org.jspecify.annotations.NullMarked;
