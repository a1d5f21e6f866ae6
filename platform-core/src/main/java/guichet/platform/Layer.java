package guichet.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The layer of platform core an application module of it belongs to, declared on the module's {@code package-info}. A
 * layer may use the layers below it and never one above; the modularity test checks it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface Layer {

    /** The layer. */
    Name value();

    /** Platform core's layers, from the bottom up. */
    enum Name {
        /** The runtime every module runs on: tenancy, persistence, routing, security, module SPI, i18n, web shell. */
        KERNEL,
        /** The records every module shares and reads: customers, users, sites, catalogue, sales, tickets. */
        MODEL,
        /** What every module calls on: search, notifications, files, saved filters, history, accounts. */
        SERVICES
    }
}
