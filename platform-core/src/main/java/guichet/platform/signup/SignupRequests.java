package guichet.platform.signup;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The {@code platform.signup_request} table, in the platform scope. */
interface SignupRequests extends ListCrudRepository<SignupRequest, UUID> {

    long countByClientAddressAndCreatedAtAfter(String clientAddress, Instant since);

    boolean existsBySlugAndStatusIn(String slug, Collection<SignupRequest.Status> statuses);
}
