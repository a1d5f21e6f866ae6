/** The tenant's interaction history: every sign-in, failure, sign-out and administrative action, with who, when, where. */
@NamedInterface("history")
@NullMarked
package guichet.platform.history;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
