/** The contact form, each user's messages, the administrators' inbox. */
@NullMarked
package guichet.platform.contact.web;

import org.jspecify.annotations.NullMarked;
