package guichet.customers.directory;

import guichet.customers.CustomersModule;
import guichet.platform.customers.CustomerAccess;
import guichet.platform.filters.AudienceSource;
import guichet.platform.ids.CustomerId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The customer list's saved filters as audiences: a saved query string becomes the list's filters, searched through the
 * directory within the access of whoever asks, in customer number order.
 */
@Component
class CustomerListAudience implements AudienceSource {

    private final CustomerDirectory directory;

    CustomerListAudience(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String listKey() {
        return CustomersModule.LIST_KEY;
    }

    @Override
    public Page<CustomerId> customers(String query, CustomerAccess access, Pageable page) {
        Pageable byNumber = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("number"));
        return directory.ids(CustomerFilters.ofQuery(query), access, byNumber);
    }
}
