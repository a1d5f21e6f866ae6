package guichet.platform.devstack;

import java.nio.file.Path;
import org.springframework.core.env.PropertyResolver;

/** The directory embedded servers keep their data in, for other parts of the platform that keep local data beside it. */
public final class DevStackDirectory {

    private DevStackDirectory() {}

    /**
     * {@code guichet.devstack.directory}, else {@code ~/.guichet}, else {@code /var/tmp/guichet} when running as root;
     * created if missing.
     */
    public static Path of(PropertyResolver environment) {
        return DevStack.home(environment);
    }
}
