package guichet.stats.summary;

/**
 * The tenant's headline figures.
 *
 * @param customers customers, prospects excluded
 * @param prospects prospects not yet converted
 * @param openTickets tickets not closed
 * @param tickets all tickets
 * @param productsOnSale products and services still on sale
 * @param sites agencies, shops and points of sale
 */
public record StatsSummary(
        long customers, long prospects, long openTickets, long tickets, long productsOnSale, long sites) {}
