package guichet.customers.sync;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The file of an import, kept apart from its job so that progress polls never read it. */
@Entity
@Table(name = "cus_import_file")
class ImportFile {

    @Id
    private UUID jobId;

    private byte[] content;

    protected ImportFile() {}

    ImportFile(UUID jobId, byte[] content) {
        this.jobId = jobId;
        this.content = content.clone();
    }

    byte[] content() {
        return content.clone();
    }
}
