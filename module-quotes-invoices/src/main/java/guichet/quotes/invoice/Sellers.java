package guichet.quotes.invoice;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's one seller row. */
interface Sellers extends Repository<Seller, Short> {

    Seller save(Seller seller);

    Optional<Seller> findById(Short id);
}
