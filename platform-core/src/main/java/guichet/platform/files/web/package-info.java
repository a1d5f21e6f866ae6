/** Uploads past the size limit, answered with a message on pages and a 413 problem on the API, never a stack trace. */
@NullMarked
package guichet.platform.files.web;

import org.jspecify.annotations.NullMarked;
