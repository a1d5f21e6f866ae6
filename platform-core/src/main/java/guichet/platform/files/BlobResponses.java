package guichet.platform.files;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Serves a stored blob from a controller that has already checked the visitor may see it:
 *
 * <pre>{@code
 * @GetMapping("/claims/tickets/{id}/attachments/{attachment}")
 * ResponseEntity<Resource> attachment(...) {
 *     Attachment a = ...; // found in the current tenant, and the visitor may see its ticket
 *     return blobs.serve(a.blob(), a.filename());
 * }
 * }</pre>
 *
 * The content is streamed from the store, never loaded whole; {@code Range} requests get 206 with the asked part. The
 * type is the one detected from the content. Only safe images (PNG, JPEG, GIF, WebP) and PDF are shown in the browser;
 * everything else is a download. Every answer carries {@code X-Content-Type-Options: nosniff}, and all but PDF a
 * {@code Content-Security-Policy} with {@code sandbox}, so that a hostile file, even opened directly, runs no script in
 * the portal's origin. (Chromium's PDF viewer refuses to run in a sandbox; a PDF is shown only when its content is
 * PDF, and its viewer runs isolated from the page's origin.)
 */
@Component
public class BlobResponses {

    /** Types shown in the browser rather than downloaded. */
    static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf");

    /** The policy of every served file but PDF: no script, no plug-in, no form, an opaque origin. */
    static final String SANDBOX_POLICY = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

    /** A PDF viewer needs its plug-in, which a sandbox forbids; the file still may not be framed. */
    static final String PDF_POLICY = "frame-ancestors 'none'";

    private final BlobStore store;

    BlobResponses(BlobStore store) {
        this.store = store;
    }

    /**
     * The response that serves a blob under the name the user gave it.
     *
     * @param blob the blob, as its owner recorded it when it was stored
     * @param filename the name to offer for saving; any path, quote or control character is dropped
     */
    public ResponseEntity<Resource> serve(StoredBlob blob, String filename) {
        String type = blob.contentType().getType() + "/" + blob.contentType().getSubtype();
        boolean inline = isShownInline(type);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(blob.contentType());
        headers.setContentLength(blob.size());
        headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition(inline ? "inline" : "attachment", filename));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", type.equals("application/pdf") ? PDF_POLICY : SANDBOX_POLICY);
        return ResponseEntity.ok().headers(headers).body(new BlobResource(store, blob));
    }

    /** Whether a media type is shown in the browser rather than downloaded. */
    public static boolean isShownInline(String mediaType) {
        return INLINE.contains(mediaType.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A {@code Content-Disposition} value with an ASCII {@code filename} for old clients and the exact name as RFC 5987
     * {@code filename*}.
     */
    static String disposition(String kind, String filename) {
        String name = cleaned(filename);
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /** The name without directories, control characters or surrounding blanks; "file" when nothing is left. */
    private static String cleaned(String filename) {
        String base = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        base.codePoints().filter(c -> !Character.isISOControl(c)).forEach(kept::appendCodePoint);
        String name = kept.toString().strip();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "file" : name;
    }

    private static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    /** A blob as a resource that can be read again for each range asked, and knows its length without reading it. */
    private static final class BlobResource extends AbstractResource {
        private final BlobStore store;
        private final StoredBlob blob;

        BlobResource(BlobStore store, StoredBlob blob) {
            this.store = store;
            this.blob = blob;
        }

        @Override
        public InputStream getInputStream() {
            return store.open(blob.key());
        }

        @Override
        public long contentLength() {
            return blob.size();
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getDescription() {
            return "blob " + blob.key();
        }
    }
}
