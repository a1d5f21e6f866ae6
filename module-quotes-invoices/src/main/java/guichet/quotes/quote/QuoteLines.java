package guichet.quotes.quote;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The lines of the current tenant's quotes, revision by revision. */
public interface QuoteLines extends Repository<QuoteLine, UUID> {

    QuoteLine save(QuoteLine line);

    Optional<QuoteLine> findById(UUID id);

    void delete(QuoteLine line);

    List<QuoteLine> findByQuoteIdAndRevisionOrderByPosition(UUID quoteId, int revision);

    @Query("select coalesce(max(l.position), 0) from QuoteLine l where l.quoteId = :quote and l.revision = :revision")
    int lastPosition(UUID quote, int revision);
}
