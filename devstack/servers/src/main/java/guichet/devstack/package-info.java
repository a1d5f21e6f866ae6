/**
 * Embedded defaults for a machine with nothing configured, for the run command and the tests: a PostgreSQL started
 * from the zonky binaries (as an unprivileged user when run as root), an in-process GreenMail mail server, a Keycloak
 * from its distribution zip, fresh databases for tests and a folder for attachments. Developer tooling: it depends on
 * nothing of Guichet's, and a production build leaves it out.
 */
@NullMarked
package guichet.devstack;

import org.jspecify.annotations.NullMarked;
