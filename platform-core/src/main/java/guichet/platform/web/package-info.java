/** What module pages share with the platform's web shell: the console marker, pagination and sorting helpers, the
 * not-found answer. */
@NamedInterface("web")
@NullMarked
package guichet.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
