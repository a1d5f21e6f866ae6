/**
 * Web security. Until identity is configured, pages are open, and only under the {@code dev} or {@code test} profile;
 * any other profile refuses to start.
 */
@NullMarked
package guichet.platform.security;

import org.jspecify.annotations.NullMarked;
