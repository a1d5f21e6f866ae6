package guichet.quotes.quote;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** The sent revisions of the current tenant's quotes. */
public interface QuoteRevisions extends Repository<QuoteRevision, QuoteRevision.Key> {

    QuoteRevision save(QuoteRevision revision);

    List<QuoteRevision> findByQuoteIdOrderByRevision(UUID quoteId);

    Optional<QuoteRevision> findByQuoteIdAndRevision(UUID quoteId, int revision);
}
