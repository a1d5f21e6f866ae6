/** The help forum's REST API under {@code /api/forum}. */
@NullMarked
package guichet.prospection.forum.web.api;

import org.jspecify.annotations.NullMarked;
