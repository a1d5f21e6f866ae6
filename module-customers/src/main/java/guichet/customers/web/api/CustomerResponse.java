package guichet.customers.web.api;

import guichet.platform.customers.Customer;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer as the API shows it. */
record CustomerResponse(
        UUID id,
        String number,
        String kind,
        String stage,
        String displayName,
        @Nullable String email,
        @Nullable String phone,
        Instant createdAt,
        Instant updatedAt) {

    static CustomerResponse of(Customer customer) {
        return new CustomerResponse(
                customer.id().value(),
                customer.number().value(),
                customer.kind().name(),
                customer.stage().name(),
                customer.displayName(),
                customer.email(),
                customer.phone(),
                customer.createdAt(),
                customer.updatedAt());
    }
}
