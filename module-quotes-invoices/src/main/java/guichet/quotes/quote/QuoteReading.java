package guichet.quotes.quote;

import guichet.quotes.pricing.Line;
import guichet.quotes.pricing.Totals;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads quotes as the pages, the PDF and the API show them: a revision with its lines and totals, and a diff. */
@Service
@Transactional(readOnly = true)
public class QuoteReading {

    private final Quotes quotes;
    private final QuoteLines lines;
    private final QuoteRevisions revisions;

    QuoteReading(Quotes quotes, QuoteLines lines, QuoteRevisions revisions) {
        this.quotes = quotes;
        this.lines = lines;
        this.revisions = revisions;
    }

    /**
     * A revision of a quote as it reads.
     *
     * @param quote the quote
     * @param revision its number
     * @param lines its stored lines, in order (their ids address them)
     * @param priced the same lines, priced
     * @param totals their totals
     * @param sent the frozen revision, if it was sent
     */
    public record Shown(
            Quote quote,
            int revision,
            List<QuoteLine> lines,
            List<Line> priced,
            Totals totals,
            Optional<QuoteRevision> sent) {}

    public Optional<Quote> byNumber(String number) {
        return quotes.findByNumber(number);
    }

    public Optional<Quote> byId(UUID id) {
        return quotes.findById(id);
    }

    /** The sent revisions of a quote, oldest first. */
    public List<QuoteRevision> revisionsOf(Quote quote) {
        return revisions.findByQuoteIdOrderByRevision(quote.id());
    }

    /** A revision of the quote, if it has one of this number. */
    public Optional<Shown> revision(Quote quote, int revision) {
        if (revision < 1 || revision > quote.revision()) {
            return Optional.empty();
        }
        List<QuoteLine> stored = lines.findByQuoteIdAndRevisionOrderByPosition(quote.id(), revision);
        List<Line> priced = stored.stream().map(l -> l.line(quote.currency())).toList();
        return Optional.of(new Shown(
                quote,
                revision,
                stored,
                priced,
                Totals.of(quote.currency(), priced),
                revisions.findByQuoteIdAndRevision(quote.id(), revision)));
    }

    /** The differences between two revisions of a quote. */
    public Optional<RevisionDiff> diff(Quote quote, int from, int to) {
        Optional<Shown> older = revision(quote, Math.min(from, to));
        Optional<Shown> newer = revision(quote, Math.max(from, to));
        if (older.isEmpty() || newer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RevisionDiff.between(
                older.get().revision(),
                older.get().priced(),
                newer.get().revision(),
                newer.get().priced(),
                older.get().totals(),
                newer.get().totals()));
    }
}
