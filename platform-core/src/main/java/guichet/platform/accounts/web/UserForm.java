package guichet.platform.accounts.web;

import guichet.platform.accounts.AccountRequest;
import guichet.platform.identity.Role;
import guichet.platform.ids.SiteId;
import guichet.platform.text.EmailAddresses;
import guichet.platform.text.Typed;
import guichet.platform.users.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The user form, as typed; kept whole when a field is rejected. */
public class UserForm {

    private String kind = User.Kind.STAFF.name();
    private @Nullable String email;
    private @Nullable String firstName;
    private @Nullable String lastName;
    private List<String> roles = new ArrayList<>();
    private @Nullable String siteId;
    private @Nullable String customerNumber;
    private @Nullable String password;

    static UserForm of(User user, Set<Role> roles) {
        UserForm form = new UserForm();
        form.kind = user.kind().name();
        form.email = user.email();
        form.firstName = user.firstName();
        form.lastName = user.lastName();
        form.roles = new ArrayList<>(roles.stream().map(Role::id).toList());
        form.siteId = user.site().map(site -> site.value().toString()).orElse(null);
        return form;
    }

    public boolean isStaff() {
        return User.Kind.STAFF.name().equals(kind);
    }

    void validate(Errors errors, boolean creating) {
        if (email == null || email.isBlank()) {
            errors.rejectValue("email", "form.error.required");
        } else if (!EmailAddresses.isValid(email)) {
            errors.rejectValue("email", "users.error.email.format");
        }
        if (lastName == null || lastName.isBlank()) {
            errors.rejectValue("lastName", "form.error.required");
        } else if (lastName.strip().length() > 100) {
            errors.rejectValue("lastName", "form.error.too-long");
        }
        if (firstName != null && firstName.strip().length() > 100) {
            errors.rejectValue("firstName", "form.error.too-long");
        }
        if (isStaff() && chosenRoles().stream().noneMatch(Role::isStaff)) {
            errors.rejectValue("roles", "users.error.roles.staff");
        }
        if (siteId != null && !siteId.isBlank() && site() == null) {
            errors.rejectValue("siteId", "users.error.site.unknown");
        }
        if (!creating && password != null && !password.isEmpty()) {
            errors.rejectValue("password", "users.error.password.separate");
        }
    }

    AccountRequest toRequest() {
        return new AccountRequest(
                email.strip().toLowerCase(java.util.Locale.ROOT),
                Typed.orNull(firstName),
                lastName.strip(),
                chosenRoles(),
                site(),
                Typed.orNull(customerNumber),
                password == null || password.isEmpty() ? null : password);
    }

    private Set<Role> chosenRoles() {
        return Role.allOf(roles);
    }

    private @Nullable SiteId site() {
        if (siteId == null || siteId.isBlank()) {
            return null;
        }
        try {
            return new SiteId(UUID.fromString(siteId.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = User.Kind.CUSTOMER.name().equals(kind) ? kind : User.Kind.STAFF.name();
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getFirstName() {
        return firstName;
    }

    public void setFirstName(@Nullable String firstName) {
        this.firstName = firstName;
    }

    public @Nullable String getLastName() {
        return lastName;
    }

    public void setLastName(@Nullable String lastName) {
        this.lastName = lastName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(@Nullable List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public @Nullable String getSiteId() {
        return siteId;
    }

    public void setSiteId(@Nullable String siteId) {
        this.siteId = siteId;
    }

    public @Nullable String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(@Nullable String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }
}
