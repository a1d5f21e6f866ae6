package guichet.shops.stock;

import guichet.platform.sales.Sale;
import guichet.platform.sales.SaleParticipant;
import guichet.platform.sales.SerialNumber;
import guichet.shops.ShopsModule;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shops module's part in a sale (core's synchronous port): the product leaves the seller's site in the sale's own
 * transaction, or the sale is refused with the reason, so that a sale never succeeds on stock that is gone.
 */
@Component
@Order(10)
class StockSale implements SaleParticipant {

    private final StockLedger ledger;

    StockSale(StockLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String module() {
        return ShopsModule.ID;
    }

    @Override
    public void onSale(Sale sale) {
        ledger.takeForSale(
                sale.id(),
                sale.product(),
                sale.site().orElse(null),
                sale.serialNumber().map(SerialNumber::value).orElse(null),
                sale.seller().orElse(null));
    }
}
