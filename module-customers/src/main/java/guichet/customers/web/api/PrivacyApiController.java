package guichet.customers.web.api;

import guichet.customers.CustomersModule;
import guichet.customers.directory.CustomerDirectory;
import guichet.customers.privacy.PersonalData;
import guichet.customers.privacy.PrivacyRequests;
import guichet.platform.customers.Customer;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A customer's personal data requests through the API: export everything, anonymise on request. */
@Tag(name = "Personal data", description = "Export and anonymisation of a customer's personal data")
@RestController
@RequiresPermission(CustomersModule.EXPORT)
@RequestMapping("/api/customers")
class PrivacyApiController {

    private final CustomerDirectory directory;
    private final PrivacyRequests privacy;

    PrivacyApiController(CustomerDirectory directory, PrivacyRequests privacy) {
        this.directory = directory;
        this.privacy = privacy;
    }

    @Operation(summary = "Everything held about a customer")
    @GetMapping("/{number}/personal-data")
    PersonalData export(@PathVariable String number) {
        return privacy.export(found(number).id());
    }

    @Operation(summary = "Anonymise a customer on his request, keeping statistics")
    @PostMapping("/{number}/anonymise")
    @RequiresPermission(CustomersModule.ANONYMISE)
    CustomerResponse anonymise(@PathVariable String number) {
        return CustomerResponse.of(privacy.anonymise(found(number).id()));
    }

    private Customer found(String number) {
        return directory.byNumber(number).orElseThrow(() -> new NotFound("Customer " + number));
    }
}
