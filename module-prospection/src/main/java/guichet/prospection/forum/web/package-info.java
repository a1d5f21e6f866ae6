/** The help forum's pages: the list and search, a question with its answers, asking, answering and moderating. */
@NullMarked
package guichet.prospection.forum.web;

import org.jspecify.annotations.NullMarked;
