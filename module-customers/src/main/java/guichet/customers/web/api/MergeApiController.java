package guichet.customers.web.api;

import guichet.customers.CustomersModule;
import guichet.customers.directory.CustomerDirectory;
import guichet.customers.merging.CustomerMerge;
import guichet.platform.customers.Customer;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Merging a duplicate into a customer through the API. */
@Tag(name = "Customers")
@RestController
@RequiresPermission(CustomersModule.MERGE)
@RequestMapping("/api/customers")
class MergeApiController {

    /** The duplicate to merge, by his customer number. */
    record MergeRequest(String duplicateNumber) {}

    /** What moved to the survivor. */
    record MergeResponse(CustomerResponse survivor, String mergedNumber, int tickets, int sales, int accounts) {}

    private final CustomerDirectory directory;
    private final CustomerMerge merge;

    MergeApiController(CustomerDirectory directory, CustomerMerge merge) {
        this.directory = directory;
        this.merge = merge;
    }

    @Operation(summary = "Merge a duplicate into a customer, keeping every record")
    @PostMapping("/{number}/merge")
    MergeResponse merge(@PathVariable String number, @RequestBody MergeRequest request) {
        Customer survivor = found(number);
        Customer duplicate = found(request.duplicateNumber());
        if (survivor.id().equals(duplicate.id())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A customer cannot be merged into himself");
        }
        CustomerMerge.Outcome outcome = merge.merge(survivor.id(), duplicate.id());
        return new MergeResponse(
                CustomerResponse.of(outcome.survivor()),
                outcome.merged().number().value(),
                outcome.tickets(),
                outcome.sales(),
                outcome.accounts());
    }

    private Customer found(String number) {
        return directory.byNumber(number == null ? "" : number).orElseThrow(() -> new NotFound("Customer " + number));
    }
}
