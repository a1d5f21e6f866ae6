/** What module pages share with the platform's web shell: the console marker, pagination and sorting helpers. */
@NamedInterface("web")
@NullMarked
package guichet.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
