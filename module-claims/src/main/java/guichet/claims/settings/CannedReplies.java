package guichet.claims.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The tenant's predefined replies, in their order. */
public interface CannedReplies extends Repository<CannedReply, java.util.UUID> {

    CannedReply save(CannedReply value);

    Optional<CannedReply> findById(java.util.UUID id);

    List<CannedReply> findAllByOrderByPositionAscTitleAsc();

    void delete(CannedReply reply);
}
