package guichet.platform.files;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the blob store, {@code guichet.files.*}.
 *
 * @param root the directory blobs are kept in, one sub-directory per tenant; null only when nothing sets it, and then
 *     the application refuses to start (the developer stack, when present, sets {@code files/} in its directory)
 * @param maxSize the largest file accepted, by the store and by the pages that read an upload themselves (imports); the
 *     container itself lets a file through up to {@code maxRequestSize}, so that a page refusing one keeps its other
 *     fields
 * @param maxRequestSize the largest multipart request (several files) accepted
 */
@ConfigurationProperties("guichet.files")
public record FilesProperties(
        @Nullable Path root,
        @DefaultValue("25MB") DataSize maxSize,
        @DefaultValue("100MB") DataSize maxRequestSize) {}
