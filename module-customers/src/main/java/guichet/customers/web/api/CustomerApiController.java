package guichet.customers.web.api;

import guichet.platform.customers.CustomerNumber;
import guichet.platform.customers.Customers;
import guichet.platform.web.PageLinks;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
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
    CustomerPage list(
            @RequestParam(required = false) String number,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        Pageable request =
                PageLinks.request(page, size, sort, dir, SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"));
        if (number != null && !number.isBlank()) {
            if (!CustomerNumber.isValid(number)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid customer number");
            }
            List<CustomerResponse> match = customers.findByNumber(new CustomerNumber(number)).stream()
                    .map(CustomerResponse::of)
                    .toList();
            return new CustomerPage(match, 0, request.getPageSize(), match.size());
        }
        Page<CustomerResponse> shown = customers.findAll(request).map(CustomerResponse::of);
        return new CustomerPage(shown.getContent(), shown.getNumber(), shown.getSize(), shown.getTotalElements());
    }

    @GetMapping("/{number}")
    @Transactional(readOnly = true)
    CustomerResponse byNumber(@PathVariable String number) {
        if (!CustomerNumber.isValid(number)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return customers
                .findByNumber(new CustomerNumber(number))
                .map(CustomerResponse::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A page of results. */
    record CustomerPage(List<CustomerResponse> items, int page, int size, long total) {}
}
