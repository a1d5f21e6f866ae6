package guichet.customers.web.api;

import guichet.platform.customers.ContactPoint;
import guichet.platform.customers.Customer;
import guichet.platform.customers.PostalAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer as the API shows him. */
record CustomerResponse(
        UUID id,
        String number,
        String kind,
        String stage,
        String displayName,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String companyName,
        @Nullable LocalDate birthDate,
        @Nullable String registrationNumber,
        @Nullable String segment,
        @Nullable String email,
        @Nullable String phone,
        List<String> emails,
        List<String> phones,
        List<Address> addresses,
        @Nullable UUID salesRepId,
        @Nullable UUID resellerId,
        boolean consentEmail,
        boolean consentSms,
        boolean consentPhone,
        @Nullable String externalRef,
        @Nullable Instant convertedAt,
        @Nullable UUID mergedIntoId,
        boolean anonymised,
        Instant createdAt,
        Instant updatedAt) {

    /** A postal address. */
    record Address(
            @Nullable String label,
            String line1,
            @Nullable String line2,
            @Nullable String postalCode,
            @Nullable String city,
            @Nullable String country) {

        static Address of(PostalAddress address) {
            return new Address(
                    address.label(),
                    address.line1(),
                    address.line2(),
                    address.postalCode(),
                    address.city(),
                    address.country());
        }
    }

    static CustomerResponse of(Customer customer) {
        return new CustomerResponse(
                customer.id().value(),
                customer.number().value(),
                customer.kind().name(),
                customer.stage().name(),
                customer.displayName(),
                customer.firstName(),
                customer.lastName(),
                customer.companyName(),
                customer.birthDate(),
                customer.registrationNumber(),
                customer.segment(),
                customer.email(),
                customer.phone(),
                customer.contacts().stream()
                        .filter(c -> c.kind() == ContactPoint.Kind.EMAIL)
                        .map(ContactPoint::value)
                        .toList(),
                customer.phones(),
                customer.addresses().stream().map(Address::of).toList(),
                customer.salesRep().map(r -> r.value()).orElse(null),
                customer.reseller().map(r -> r.value()).orElse(null),
                customer.consentsToEmail(),
                customer.consentsToSms(),
                customer.consentsToPhone(),
                customer.externalRef().orElse(null),
                customer.convertedAt().orElse(null),
                customer.mergedInto().map(m -> m.value()).orElse(null),
                customer.isAnonymised(),
                customer.createdAt(),
                customer.updatedAt());
    }
}
