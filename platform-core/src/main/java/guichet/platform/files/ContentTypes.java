package guichet.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;

/**
 * Media types from content, by Tika's magic numbers. A file's name only ever refines what its content already shows
 * (a zip named {@code .docx} is a Word document); it never makes an unknown or different content into the type it
 * claims, so a page renamed {@code .png} stays HTML.
 */
final class ContentTypes {

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

    String detect(Path file, @Nullable String originalFilename) throws IOException {
        try (InputStream content = TikaInputStream.get(file)) {
            MediaType byContent = types.detect(content, new Metadata());
            if (byContent.equals(MediaType.OCTET_STREAM) || originalFilename == null || originalFilename.isBlank()) {
                return byContent.toString();
            }
            Metadata named = new Metadata();
            named.set(TikaCoreProperties.RESOURCE_NAME_KEY, originalFilename);
            MediaType withName = types.detect(content, named);
            return types.getMediaTypeRegistry().isSpecializationOf(withName, byContent)
                    ? withName.toString()
                    : byContent.toString();
        }
    }
}
