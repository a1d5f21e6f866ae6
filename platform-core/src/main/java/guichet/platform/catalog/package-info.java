/**
 * The tenant's catalogue of products and services, each with a code, an on-sale flag and a unit price; and the
 * catalogue port ({@link guichet.platform.catalog.SellableItems}) through which every module finds what the tenant
 * sells, whichever module defines it.
 */
@Layer(MODEL)
@ApplicationModule(
        displayName = "Catalogue (shared model)",
        allowedDependencies = {"platform.ids", "platform.money", "platform.tenancy", "platform.text"})
@NullMarked
package guichet.platform.catalog;

import static guichet.platform.Layer.Name.MODEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
