package guichet.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keeps a page's handler (or every handler of a controller) out of the read-only transaction {@link PageTransactions}
 * opens for a page: for a page that waits on another server (Stripe, say) while it answers, which must not hold a
 * database connection meanwhile, or one that must write as it is read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OutsidePageTransaction {}
