package guichet.platform.realms;

import guichet.platform.identity.Role;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Component;

/** The accounts of a realm, as Guichet's user administration changes them. */
@Component
public class RealmUsers {

    private final KeycloakAdmin admin;

    RealmUsers(KeycloakAdmin admin) {
        this.admin = admin;
    }

    /** An account to open. */
    public record NewAccount(
            String email,
            @Nullable String firstName,
            String lastName,
            @Nullable String password,
            boolean emailVerified) {}

    /**
     * Opens an account.
     *
     * @return its subject (the Keycloak user id)
     * @throws AccountRejected when the e-mail is taken or the password breaks the realm's policy
     */
    public String create(String realm, NewAccount account) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.email());
        user.setEmail(account.email());
        user.setFirstName(account.firstName());
        user.setLastName(account.lastName());
        user.setEnabled(true);
        user.setEmailVerified(account.emailVerified());
        if (account.password() != null) {
            user.setCredentials(List.of(password(account.password(), false)));
        }
        try (Response response = admin.realm(realm).users().create(user)) {
            if (response.getStatus() == 409) {
                throw new AccountRejected("email", "users.error.email.taken", "E-mail already in use");
            }
            if (response.getStatus() == 400) {
                String error = response.readEntity(String.class);
                throw new AccountRejected("password", passwordMessage(error), error);
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    public void update(String realm, String subject, String email, @Nullable String firstName, String lastName) {
        UserResource user = admin.realm(realm).users().get(subject);
        UserRepresentation representation = user.toRepresentation();
        boolean emailChanged = !email.equalsIgnoreCase(representation.getEmail());
        representation.setEmail(email);
        representation.setUsername(email);
        representation.setFirstName(firstName);
        representation.setLastName(lastName);
        try {
            user.update(representation);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 409) {
                throw new AccountRejected("email", "users.error.email.taken", "E-mail already in use");
            }
            throw e;
        }
        if (emailChanged) {
            user.logout();
        }
    }

    /** Removes an account whose opening failed in Guichet, so that nothing is left half-made. */
    public void delete(String realm, String subject) {
        try (Response ignored = admin.realm(realm).users().delete(subject)) {
            // Already gone is fine.
        }
    }

    /** E-mails the user a link to choose his password, leading back to the portal afterwards. */
    public void sendPasswordSetup(String realm, String subject, String redirectUri) {
        admin.realm(realm)
                .users()
                .get(subject)
                .executeActionsEmail(TenantRealms.PORTAL_CLIENT, redirectUri, 72 * 3600, List.of("UPDATE_PASSWORD"));
    }

    /** Sets a password the user keeps (a seller has the customer choose it, seed 004). */
    public void setPassword(String realm, String subject, String password) {
        try {
            admin.realm(realm).users().get(subject).resetPassword(password(password, false));
        } catch (WebApplicationException e) {
            String error = KeycloakAdmin.errorOf(e).orElse("");
            throw new AccountRejected("password", passwordMessage(error), error);
        }
    }

    /** Enables or disables an account; disabling also ends every session it has. */
    public void setEnabled(String realm, String subject, boolean enabled) {
        UserResource user = admin.realm(realm).users().get(subject);
        UserRepresentation representation = user.toRepresentation();
        representation.setEnabled(enabled);
        user.update(representation);
        if (!enabled) {
            user.logout();
        }
    }

    /** The account's Guichet roles. */
    public Set<Role> roles(String realm, String subject) {
        return Role.allOf(admin.realm(realm).users().get(subject).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName)
                .toList());
    }

    /** Gives the account exactly these Guichet roles, leaving Keycloak's own roles alone. */
    public void setRoles(String realm, String subject, Set<Role> wanted) {
        RealmResource resource = admin.realm(realm);
        var mapping = resource.users().get(subject).roles().realmLevel();
        Set<Role> current = roles(realm, subject);
        List<RoleRepresentation> toRemove = current.stream()
                .filter(role -> !wanted.contains(role))
                .map(role -> resource.roles().get(role.id()).toRepresentation())
                .toList();
        List<RoleRepresentation> toAdd = wanted.stream()
                .filter(role -> !current.contains(role))
                .map(role -> resource.roles().get(role.id()).toRepresentation())
                .toList();
        if (!toRemove.isEmpty()) {
            mapping.remove(toRemove);
        }
        if (!toAdd.isEmpty()) {
            mapping.add(toAdd);
        }
    }

    /** Gives an account a role by name (the platform realm's owner role). */
    public void grant(String realm, String subject, String roleName) {
        grantNames(realm, subject, List.of(roleName));
    }

    /** Adds Guichet roles to an account, in one call: for a new account, which has none yet. */
    public void grant(String realm, String subject, Set<Role> roles) {
        grantNames(realm, subject, roles.stream().map(Role::id).toList());
    }

    private void grantNames(String realm, String subject, List<String> roleNames) {
        RealmResource resource = admin.realm(realm);
        List<RoleRepresentation> representations = roleNames.stream()
                .map(name -> resource.roles().get(name).toRepresentation())
                .toList();
        resource.users().get(subject).roles().realmLevel().add(representations);
    }

    /** The account with this e-mail address, if any. */
    public Optional<String> findByEmail(String realm, String email) {
        return admin.realm(realm).users().searchByEmail(email, true).stream()
                .findFirst()
                .map(UserRepresentation::getId);
    }

    /** The e-mail addresses of the enabled accounts holding a role. */
    public List<String> emailsOf(String realm, Role role) {
        return admin.realm(realm).roles().get(role.id()).getUserMembers(0, 200).stream()
                .filter(user -> Boolean.TRUE.equals(user.isEnabled()) && user.getEmail() != null)
                .map(UserRepresentation::getEmail)
                .toList();
    }

    private static CredentialRepresentation password(String value, boolean temporary) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(value);
        credential.setTemporary(temporary);
        return credential;
    }

    /** Maps Keycloak's password policy messages onto Guichet's. */
    private static String passwordMessage(String error) {
        if (error.contains("MinLength")) {
            return "users.error.password.length";
        }
        if (error.contains("History")) {
            return "users.error.password.history";
        }
        if (error.contains("NotUsername") || error.contains("NotEmail")) {
            return "users.error.password.username";
        }
        return "users.error.password.policy";
    }
}
