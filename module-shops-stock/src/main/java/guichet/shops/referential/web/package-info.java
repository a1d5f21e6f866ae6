/** The referential's page: partners, their structures and the kiosk services, for administrators to change. */
@NullMarked
package guichet.shops.referential.web;

import org.jspecify.annotations.NullMarked;
