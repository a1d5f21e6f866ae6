/**
 * Files attached to records (a ticket's attachments, say), kept outside the database by a {@link
 * guichet.platform.files.BlobStore}: streamed to storage, typed from their content, confined to the current tenant, and
 * served by {@link guichet.platform.files.BlobResponses} with headers that keep a hostile file from running in the
 * portal.
 */
@Layer(SERVICES)
@ApplicationModule(
        displayName = "Files",
        allowedDependencies = {"platform.archives", "platform.i18n", "platform.tenancy", "platform.web"})
@NullMarked
package guichet.platform.files;

import static guichet.platform.Layer.Name.SERVICES;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
