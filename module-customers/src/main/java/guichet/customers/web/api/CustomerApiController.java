package guichet.customers.web.api;

import guichet.customers.CustomersModule;
import guichet.platform.customers.CustomerNumber;
import guichet.platform.customers.Customers;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageResponse;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Reading the current tenant's customers. */
@RestController
@RequiresPermission(CustomersModule.VIEW)
@RequestMapping("/api/customers")
class CustomerApiController {

    private static final Set<String> SORTABLE = Set.of("number", "lastName", "companyName", "createdAt", "updatedAt");

    private final Customers customers;

    CustomerApiController(Customers customers) {
        this.customers = customers;
    }

    /** A page of customers, or the one with a given number. */
    @GetMapping
    @Transactional(readOnly = true)
    PageResponse<CustomerResponse> list(@RequestParam(required = false) String number, ListQuery query) {
        Pageable request = query.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"));
        if (number != null && !number.isBlank()) {
            if (!CustomerNumber.isValid(number)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid customer number");
            }
            List<CustomerResponse> match = customers.findByNumber(new CustomerNumber(number)).stream()
                    .map(CustomerResponse::of)
                    .toList();
            return new PageResponse<>(match, 0, request.getPageSize(), match.size());
        }
        return PageResponse.of(customers.findAll(request), CustomerResponse::of);
    }

    @GetMapping("/{number}")
    @Transactional(readOnly = true)
    CustomerResponse byNumber(@PathVariable String number) {
        if (!CustomerNumber.isValid(number)) {
            throw new NotFound("Customer " + number);
        }
        return customers
                .findByNumber(new CustomerNumber(number))
                .map(CustomerResponse::of)
                .orElseThrow(() -> new NotFound("Customer " + number));
    }
}
