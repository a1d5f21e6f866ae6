package guichet.platform.files;

import guichet.platform.web.NotFound;

/** No blob has this key in the current tenant (never stored, deleted, or another tenant's): 404 when it reaches MVC. */
public class BlobNotFound extends NotFound {

    public BlobNotFound() {
        super("Blob");
    }
}
