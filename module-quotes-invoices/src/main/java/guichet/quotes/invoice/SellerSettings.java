package guichet.quotes.invoice;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's seller mentions (permission {@code invoices.configure} to change them). */
@Service
@Transactional
public class SellerSettings {

    private static final short ONLY = 1;

    private final Sellers sellers;
    private final Clock clock;

    SellerSettings(Sellers sellers, Clock clock) {
        this.sellers = sellers;
        this.clock = clock;
    }

    /** The mentions as set, or none set. */
    @Transactional(readOnly = true)
    public Seller current() {
        return sellers.findById(ONLY).orElseGet(Seller::unset);
    }

    public Seller change(
            @Nullable String legalName,
            @Nullable String address,
            @Nullable String taxIds,
            @Nullable String paymentTerms) {
        Seller seller = sellers.findById(ONLY).orElseGet(() -> new Seller(clock.instant()));
        seller.change(legalName, address, taxIds, paymentTerms, clock.instant());
        return sellers.save(seller);
    }
}
