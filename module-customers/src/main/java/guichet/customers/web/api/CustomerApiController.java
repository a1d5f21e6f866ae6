package guichet.customers.web.api;

import guichet.customers.CustomersModule;
import guichet.customers.directory.CustomerBands;
import guichet.customers.directory.CustomerDetails;
import guichet.customers.directory.CustomerDirectory;
import guichet.customers.directory.CustomerFilters;
import guichet.customers.directory.CustomerRejected;
import guichet.platform.customers.Customer;
import guichet.platform.customers.CustomerNumber;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The current tenant's customers and prospects, within the caller's customer access. */
@Tag(name = "Customers", description = "Customers and prospects, within the caller's customer access")
@RestController
@RequiresPermission(CustomersModule.VIEW)
@RequestMapping("/api/customers")
class CustomerApiController {

    private static final Set<String> SORTABLE = Set.of("number", "name", "companyName", "createdAt", "updatedAt");

    private final CustomerDirectory directory;

    CustomerApiController(CustomerDirectory directory) {
        this.directory = directory;
    }

    /** A page of customers matching the filters (text from the third character), or the one with a given number. */
    @Operation(summary = "List or search customers (text from the third character), or find one by number")
    @GetMapping
    @Transactional(readOnly = true)
    PageResponse<CustomerResponse> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String number,
            @RequestParam(required = false) Customer.@Nullable Stage stage,
            @RequestParam(required = false) Customer.@Nullable Kind kind,
            @RequestParam(required = false) @Nullable String segment,
            @RequestParam(required = false) @Nullable UUID rep,
            @Parameter(
                            description = "Age band and latest month's consumption bands: ageFrom, ageTo, billedFrom,"
                                    + " billedTo, dataFrom, dataTo (bounds included)")
                    @RequestParam
                    Map<String, String> bands,
            ListQuery query) {
        Pageable page = query.pageable(SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"));
        if (number != null && !number.isBlank()) {
            if (!CustomerNumber.isValid(number)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid customer number");
            }
            List<CustomerResponse> match = directory.byNumber(number).map(CustomerResponse::of).stream()
                    .toList();
            return new PageResponse<>(match, 0, page.getPageSize(), match.size());
        }
        if (q != null && !q.isBlank() && q.strip().length() < CustomerDirectory.MIN_TYPED) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Type at least three characters");
        }
        CustomerBands within = CustomerBands.of(bands::get);
        if (!within.problems().isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Unreadable band: " + String.join(", ", within.problems().keySet()));
        }
        CustomerFilters filters =
                new CustomerFilters(q, stage, kind, segment, rep == null ? null : new UserId(rep), within);
        return PageResponse.of(directory.find(filters, page), CustomerResponse::of);
    }

    @Operation(summary = "A customer by his number")
    @GetMapping("/{number}")
    @Transactional(readOnly = true)
    CustomerResponse byNumber(@PathVariable String number) {
        return CustomerResponse.of(found(number));
    }

    /** Registers a customer or prospect. */
    @Operation(summary = "Register a customer or prospect")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(CustomersModule.EDIT)
    CustomerResponse register(@RequestBody CustomerRequest request) {
        return CustomerResponse.of(directory.register(details(request, null), request.chosenStage()));
    }

    /** People who may already be the customer described (same e-mail or phone, similar name). */
    @Operation(summary = "Likely duplicates of a customer about to be registered")
    @PostMapping("/duplicates")
    @Transactional(readOnly = true)
    @RequiresPermission(CustomersModule.EDIT)
    List<CustomerResponse> duplicates(@RequestBody CustomerRequest request) {
        return directory.likelyDuplicates(details(request, null), null).stream()
                .map(CustomerResponse::of)
                .toList();
    }

    @Operation(summary = "Change a customer's details")
    @PutMapping("/{number}")
    @RequiresPermission(CustomersModule.EDIT)
    CustomerResponse change(@PathVariable String number, @RequestBody CustomerRequest request) {
        Customer customer = found(number);
        return CustomerResponse.of(directory.change(customer.id(), details(request, customer.id())));
    }

    /** Turns a prospect into a customer, keeping his number and history. */
    @Operation(summary = "Convert a prospect into a customer")
    @PostMapping("/{number}/convert")
    @RequiresPermission(CustomersModule.EDIT)
    CustomerResponse convert(@PathVariable String number) {
        return CustomerResponse.of(directory.convert(found(number).id()));
    }

    private Customer found(String number) {
        return directory.byNumber(number).orElseThrow(() -> new NotFound("Customer " + number));
    }

    private CustomerDetails details(CustomerRequest request, @Nullable CustomerId self) {
        CustomerId reseller = null;
        if (request.resellerNumber() != null && !request.resellerNumber().isBlank()) {
            reseller = directory
                    .byNumber(request.resellerNumber())
                    .map(Customer::id)
                    .orElseThrow(() -> new CustomerRejected(Map.of("reseller", "customers.error.reseller.unknown")));
        }
        return request.toDetails(reseller);
    }
}
