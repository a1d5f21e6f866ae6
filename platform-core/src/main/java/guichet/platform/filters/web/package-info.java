/** Saving and deleting filters from a list page's panel, and the panel's content for templates. */
@NullMarked
package guichet.platform.filters.web;

import org.jspecify.annotations.NullMarked;
