package guichet.platform.files;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.NotFound;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a module's attachment pages do, reduced to the store's part: upload a file, serve it back. It remembers blobs
 * across tenants on purpose, so that only the store stands between a tenant and another's key.
 */
final class AttachmentProbe {

    private AttachmentProbe() {}

    record Attached(StoredBlob blob, String filename) {}

    static final Map<String, Attached> ATTACHED = new ConcurrentHashMap<>();

    static String upload(BlobStore store, MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            StoredBlob blob = store.store(content, file.getOriginalFilename());
            ATTACHED.put(blob.key().toString(), new Attached(blob, file.getOriginalFilename()));
            return blob.key().toString();
        }
    }

    @Controller
    @RequiresPermission(RequiresPermission.SIGNED_IN)
    static class Page {
        private final BlobStore store;
        private final BlobResponses responses;

        Page(BlobStore store, BlobResponses responses) {
            this.store = store;
            this.responses = responses;
        }

        @PostMapping("/probe/files")
        @ResponseBody
        String upload(@RequestParam MultipartFile file) throws IOException {
            return AttachmentProbe.upload(store, file);
        }

        @GetMapping("/probe/files/{key}")
        ResponseEntity<Resource> serve(@PathVariable String key) {
            Attached attached = ATTACHED.get(key);
            if (attached == null) {
                throw new NotFound("Attachment");
            }
            return responses.serve(attached.blob(), attached.filename());
        }
    }

    @RestController
    @RequiresPermission(RequiresPermission.SIGNED_IN)
    static class Api {
        private final BlobStore store;

        Api(BlobStore store) {
            this.store = store;
        }

        @PostMapping("/api/probe/files")
        String upload(@RequestParam MultipartFile file) throws IOException {
            return AttachmentProbe.upload(store, file);
        }
    }
}
