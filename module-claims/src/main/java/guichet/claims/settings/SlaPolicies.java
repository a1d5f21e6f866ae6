package guichet.claims.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The tenant's SLA targets. */
public interface SlaPolicies extends Repository<SlaPolicy, java.util.UUID> {

    SlaPolicy save(SlaPolicy value);

    Optional<SlaPolicy> findById(java.util.UUID id);

    List<SlaPolicy> findAll();

    void delete(SlaPolicy policy);

    /** Deletes the targets specific to this type. */
    @Modifying
    @Query("delete from SlaPolicy p where p.typeCode = :type")
    void deleteForType(String type);
}
