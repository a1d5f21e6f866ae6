package guichet.customers.sync;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's customer-base imports. */
interface ImportJobs extends Repository<ImportJob, UUID> {

    ImportJob save(ImportJob job);

    Optional<ImportJob> findById(UUID id);

    Page<ImportJob> findAll(Pageable page);

    /** Records how many rows are done, outside the import's own transaction, for the progress bar. */
    @Modifying
    @Query("update ImportJob j set j.processedRows = :done where j.id = :id")
    int progress(UUID id, int done);
}
