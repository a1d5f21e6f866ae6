/** The help forum's share of the demo tenants: atlas's categories, questions and answers. */
@NullMarked
package guichet.prospection.forum.demo;

import org.jspecify.annotations.NullMarked;
