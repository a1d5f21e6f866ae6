package guichet.customers.web.api;

import guichet.customers.directory.CustomerDetails;
import guichet.platform.customers.Customer;
import guichet.platform.customers.PostalAddress;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer as an API client sends him, to register, change or synchronise.
 *
 * @param kind {@code NATURAL_PERSON} (default) or {@code LEGAL_PERSON}
 * @param stage {@code CUSTOMER} (default) or {@code PROSPECT}; only read when registering
 * @param salesRepId the user id of the sales representative in charge
 * @param resellerNumber the customer number of the reseller he depends on (in a synchronisation, his external
 *     reference too)
 * @param externalRef the key the calling system knows him by
 * @param consentEmail absent means no consent (likewise SMS and phone)
 */
record CustomerRequest(
        @Nullable String kind,
        @Nullable String stage,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String companyName,
        @Nullable LocalDate birthDate,
        @Nullable String registrationNumber,
        @Nullable String segment,
        @Nullable List<String> emails,
        @Nullable List<String> phones,
        @Nullable List<AddressRequest> addresses,
        @Nullable UUID salesRepId,
        @Nullable String resellerNumber,
        @Nullable Boolean consentEmail,
        @Nullable Boolean consentSms,
        @Nullable Boolean consentPhone,
        @Nullable String externalRef) {

    /** A postal address; {@code country} is a two-letter code. */
    record AddressRequest(
            @Nullable String label,
            String line1,
            @Nullable String line2,
            @Nullable String postalCode,
            @Nullable String city,
            @Nullable String country) {}

    Customer.Stage chosenStage() {
        return "PROSPECT".equals(stage) ? Customer.Stage.PROSPECT : Customer.Stage.CUSTOMER;
    }

    CustomerDetails toDetails(@Nullable CustomerId reseller) {
        return new CustomerDetails(
                "LEGAL_PERSON".equals(kind) ? Customer.Kind.LEGAL_PERSON : Customer.Kind.NATURAL_PERSON,
                firstName,
                lastName,
                companyName,
                birthDate,
                registrationNumber,
                segment,
                emails == null ? List.of() : emails,
                phones == null ? List.of() : phones,
                addresses == null
                        ? List.of()
                        : addresses.stream()
                                .filter(a -> a != null
                                        && a.line1() != null
                                        && !a.line1().isBlank())
                                .map(a -> new PostalAddress(
                                        a.label(), a.line1(), a.line2(), a.postalCode(), a.city(), null, a.country()))
                                .toList(),
                salesRepId == null ? null : new UserId(salesRepId),
                reseller,
                Boolean.TRUE.equals(consentEmail),
                Boolean.TRUE.equals(consentSms),
                Boolean.TRUE.equals(consentPhone),
                externalRef);
    }
}
