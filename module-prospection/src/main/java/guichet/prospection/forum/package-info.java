/**
 * The public help forum (seed 002, module 7): categories, questions and answers anyone on the tenant's host reads,
 * that signed-in accounts write within abuse limits, that staff moderate and may turn into a ticket. Its API is
 * {@link guichet.prospection.forum.Forum} and {@link guichet.prospection.forum.ForumReading}.
 */
@NullMarked
package guichet.prospection.forum;

import org.jspecify.annotations.NullMarked;
