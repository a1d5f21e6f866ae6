package guichet.quotes.quote.web;

import guichet.quotes.quote.QuoteAccepted;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** The {@link QuoteAccepted} events published while a test runs, as the invoices would receive them. */
@TestComponent
class AcceptedQuotes {

    final List<QuoteAccepted> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(QuoteAccepted accepted) {
        received.add(accepted);
    }

    List<QuoteAccepted> of(String number) {
        return received.stream().filter(a -> a.number().equals(number)).toList();
    }
}
