/** The shops module's share of the demo tenants: atlas's shops and poste's agencies, their hours and services. */
@NullMarked
package guichet.shops.demo;

import org.jspecify.annotations.NullMarked;
