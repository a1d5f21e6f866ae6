package guichet.platform.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a page or API endpoint needs. On a controller class it covers every handler method; on a method it
 * replaces the class's. A signed-in user without it gets 403; an anonymous visitor is asked to sign in (pages) or gets
 * 401 (API). Every Guichet page and endpoint of a tenant's host must carry one, {@link #PUBLIC} for the few anyone
 * may see: a handler without it answers 403, so a forgotten annotation fails closed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {

    /** Any signed-in user, whatever his roles: for what concerns only himself, such as his own profile. */
    String SIGNED_IN = "*";

    /** Anyone, signed in or not: the home page, the sign-in page, the theme. */
    String PUBLIC = "public";

    /** The permission's id, such as {@code claims.view}, {@link #SIGNED_IN} or {@link #PUBLIC}. */
    String value();
}
