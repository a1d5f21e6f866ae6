/** The public sign-up pages on the base host. */
@NullMarked
package guichet.platform.signup.web;

import org.jspecify.annotations.NullMarked;
