/** Small helpers for text users type, shared by every module. */
@NamedInterface("text")
@NullMarked
package guichet.platform.text;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
