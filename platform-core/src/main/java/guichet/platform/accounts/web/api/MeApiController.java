package guichet.platform.accounts.web.api;

import guichet.platform.customers.Customers;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.identity.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is and what he may do: what an API client asks first. */
@RestController
@RequiresPermission(RequiresPermission.SIGNED_IN)
class MeApiController {

    private final CurrentUser currentUser;
    private final Customers customers;

    MeApiController(CurrentUser currentUser, Customers customers) {
        this.currentUser = currentUser;
        this.customers = customers;
    }

    @GetMapping("/api/me")
    MeResponse me() {
        GuichetUser me = currentUser.require();
        String number = me.customerId()
                .flatMap(customers::find)
                .map(customer -> customer.number().value())
                .orElse(null);
        return new MeResponse(
                me.id().value(),
                me.tenant().slug(),
                me.email(),
                me.displayName(),
                me.roles().stream().map(Role::id).sorted().toList(),
                me.permissions(),
                number);
    }

    /** The caller, as the API shows him. */
    record MeResponse(
            UUID id,
            String tenant,
            String email,
            String displayName,
            List<String> roles,
            Set<String> permissions,
            @Nullable String customerNumber) {}
}
