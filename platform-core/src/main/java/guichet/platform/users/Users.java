package guichet.platform.users;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's users. */
public interface Users extends Repository<User, UUID> {

    User save(User user);

    Optional<User> findById(UUID id);

    default Optional<User> find(UserId id) {
        return findById(id.value());
    }

    @Query("select u from User u where lower(u.email) = lower(:email)")
    Optional<User> findByEmail(String email);

    Optional<User> findByIdentitySubject(String subject);

    Page<User> findAll(Pageable page);

    List<User> findByKind(User.Kind kind);

    long count();
}
