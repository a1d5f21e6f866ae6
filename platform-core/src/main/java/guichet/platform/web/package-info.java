/** What module pages share with the platform's web shell: the console marker, pagination and sorting helpers, the
 * not-found answer. */
@Layer(KERNEL)
@ApplicationModule(
        displayName = "Web",
        allowedDependencies = {"platform.i18n", "platform.modules", "platform.persistence", "platform.tenancy"})
@NullMarked
package guichet.platform.web;

import static guichet.platform.Layer.Name.KERNEL;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
