package guichet.platform.signup;

import guichet.platform.accounts.UserAdministration;
import guichet.platform.provisioning.TenantProvisioning;
import guichet.platform.tenancy.TenantCatalog.NewTenant;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import org.springframework.stereotype.Service;

/**
 * Opens a tenant with somebody who can sign in to it: its schema, catalogue entry and realm, then its first
 * administrator, who is e-mailed a link to choose his password.
 */
@Service
public class Onboarding {

    private final TenantProvisioning provisioning;
    private final UserAdministration administration;

    Onboarding(TenantProvisioning provisioning, UserAdministration administration) {
        this.provisioning = provisioning;
        this.administration = administration;
    }

    /**
     * @param actor who opens it, for the tenant's history ({@code console: owner@…}, {@code sign-up})
     * @throws guichet.platform.provisioning.TenantRequestRejected if the request is invalid or the slug taken
     */
    public TenantProfile open(NewTenant request, Administrator administrator, String actor) {
        TenantProfile tenant = provisioning.create(request);
        TenantContext.run(
                tenant.id(),
                () -> administration.openFirstAdministrator(
                        administrator.email(), administrator.firstName(), administrator.lastName(), actor));
        return tenant;
    }
}
