package guichet.platform.users;

import guichet.platform.ids.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

    /** The users of these ids, in one query, in no particular order; unknown ids are left out. */
    default List<User> findAllById(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : withIds(ids.toArray(UUID[]::new));
    }

    @Query(value = "select * from core_user where id = any(:ids)", nativeQuery = true)
    List<User> withIds(UUID[] ids);

    @Query("select u from User u where lower(u.email) = lower(:email)")
    Optional<User> findByEmail(String email);

    Optional<User> findByIdentitySubject(String subject);

    Page<User> findAll(Pageable page);

    List<User> findByKind(User.Kind kind);

    /** The active users holding a role (a role id such as {@code tenant-admin}), by name. */
    @Query("select u from User u where u.active = true and concat(',', u.roles, ',') like concat('%,', :role, ',%')"
            + " order by u.lastName, u.firstName")
    List<User> findActiveWithRole(String role);

    /** Users matching the filters given; a null filter matches everyone. */
    @Query("""
            select u from User u
            where (:kind is null or u.kind = :kind)
              and (:active is null or u.active = :active)
              and (:text is null
                   or lower(u.email) like lower(concat('%', cast(:text as string), '%'))
                   or lower(u.lastName) like lower(concat('%', cast(:text as string), '%'))
                   or lower(u.firstName) like lower(concat('%', cast(:text as string), '%')))""")
    Page<User> search(User.@Nullable Kind kind, @Nullable Boolean active, @Nullable String text, Pageable page);

    long count();

    /** The customer accounts acting for a customer. */
    @Query("select u from User u where u.customerId = :customer")
    List<User> findByCustomerId(UUID customer);
}
