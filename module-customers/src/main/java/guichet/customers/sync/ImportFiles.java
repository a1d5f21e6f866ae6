package guichet.customers.sync;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The files of the current tenant's imports. */
interface ImportFiles extends Repository<ImportFile, UUID> {

    ImportFile save(ImportFile file);

    Optional<ImportFile> findById(UUID jobId);
}
