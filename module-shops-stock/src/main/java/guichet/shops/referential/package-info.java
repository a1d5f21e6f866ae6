/**
 * La Poste's referential (seed 000): the partners (« entités »), their issuing structures as a tree, and the kiosk
 * services each structure issues at given agencies.
 */
@NullMarked
package guichet.shops.referential;

import org.jspecify.annotations.NullMarked;
