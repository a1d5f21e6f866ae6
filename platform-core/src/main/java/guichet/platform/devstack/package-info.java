/**
 * Embedded defaults for a machine with nothing configured: a PostgreSQL started from the zonky binaries (as an
 * unprivileged user when run as root), an in-process GreenMail mail server, and fresh databases for tests.
 */
@NullMarked
package guichet.platform.devstack;

import org.jspecify.annotations.NullMarked;
