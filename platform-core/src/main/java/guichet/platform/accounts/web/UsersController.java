package guichet.platform.accounts.web;

import guichet.platform.accounts.UserAdministration;
import guichet.platform.filters.SavedFilterPanels;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.identity.Role;
import guichet.platform.ids.UserId;
import guichet.platform.realms.AccountRejected;
import guichet.platform.sites.Sites;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The tenant's users: staff and customer accounts. Sellers and agents see customer accounts only. */
@Controller
@RequiresPermission(CorePermissions.USERS_MANAGE_CUSTOMERS)
class UsersController {

    static final String LIST = "platform/users/list";
    static final String FORM = "platform/users/form";
    private static final Set<String> SORTABLE = Set.of("lastName", "email", "kind", "createdAt", "updatedAt");

    private final Users users;
    private final Sites sites;
    private final UserAdministration administration;
    private final CurrentUser currentUser;
    private final SavedFilterPanels savedFilters;

    UsersController(
            Users users,
            Sites sites,
            UserAdministration administration,
            CurrentUser currentUser,
            SavedFilterPanels savedFilters) {
        this.users = users;
        this.sites = sites;
        this.administration = administration;
        this.currentUser = currentUser;
        this.savedFilters = savedFilters;
    }

    @GetMapping("/admin/users")
    @Transactional(readOnly = true)
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String state,
            ListQuery query,
            Model model) {
        User.Kind shownKind = managesStaff() ? kindOf(kind) : User.Kind.CUSTOMER;
        Boolean active = "active".equals(state) ? Boolean.TRUE : "inactive".equals(state) ? Boolean.FALSE : null;
        String text = q == null || q.isBlank() ? null : q.strip();
        Page<User> shown =
                users.search(shownKind, active, text, query.pageable(SORTABLE, Sort.by("lastName", "firstName")));
        String base = UriComponentsBuilder.fromPath("/admin/users")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(text))
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(kind).filter(k -> !k.isBlank()))
                .queryParamIfPresent(
                        "state", java.util.Optional.ofNullable(state).filter(s -> !s.isBlank()))
                .build()
                .toUriString();
        model.addAttribute("users", shown);
        model.addAttribute("links", PageLinks.of(base, shown));
        model.addAttribute("savedFilters", savedFilters.of(UserListFilters.KEY, base));
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("managesStaff", managesStaff());
        return LIST;
    }

    @GetMapping("/admin/users/new")
    String newUser(@RequestParam(required = false) @Nullable String kind, Model model) {
        UserForm form = new UserForm();
        form.setKind(managesStaff() ? (kind == null ? "STAFF" : kind) : "CUSTOMER");
        return form(form, null, model);
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute("form") UserForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        if (!managesStaff()) {
            form.setKind("CUSTOMER");
        }
        form.validate(errors, true);
        if (errors.hasErrors()) {
            return form(form, null, model);
        }
        try {
            User created = form.isStaff()
                    ? administration.openStaff(form.toRequest())
                    : administration.openCustomerAccount(form.toRequest());
            flash.addFlashAttribute("notice", "users.created");
            return "redirect:/admin/users/" + created.id();
        } catch (AccountRejected rejected) {
            errors.rejectValue(field(rejected), rejected.messageKey());
            return form(form, null, model);
        }
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable UUID id, Model model) {
        User user = administration.manageable(new UserId(id));
        return form(UserForm.of(user, administration.rolesOf(user)), user, model);
    }

    @PostMapping("/admin/users/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        User user = administration.manageable(new UserId(id));
        form.setKind(user.kind().name());
        form.validate(errors, false);
        if (errors.hasErrors()) {
            return form(form, user, model);
        }
        try {
            administration.change(user.id(), form.toRequest());
            flash.addFlashAttribute("notice", "users.updated");
            return "redirect:/admin/users/" + id;
        } catch (AccountRejected rejected) {
            errors.rejectValue(field(rejected), rejected.messageKey());
            return form(form, user, model);
        }
    }

    @PostMapping("/admin/users/{id}/state")
    String changeState(@PathVariable UUID id, @RequestParam String action, RedirectAttributes flash) {
        try {
            if ("deactivate".equals(action)) {
                administration.deactivate(new UserId(id));
                flash.addFlashAttribute("notice", "users.deactivated");
            } else {
                administration.reactivate(new UserId(id));
                flash.addFlashAttribute("notice", "users.reactivated");
            }
        } catch (AccountRejected rejected) {
            flash.addFlashAttribute("problem", rejected.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String setPassword(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String password,
            RedirectAttributes flash) {
        try {
            administration.setPassword(new UserId(id), password == null ? "" : password);
            flash.addFlashAttribute("notice", "users.password.set");
        } catch (AccountRejected rejected) {
            flash.addFlashAttribute("problem", rejected.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    private String form(UserForm form, @Nullable User user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("managesStaff", managesStaff());
        model.addAttribute(
                "staffRoles", Arrays.stream(Role.values()).filter(Role::isStaff).toList());
        model.addAttribute(
                "customerRoles",
                Arrays.stream(Role.values()).filter(r -> !r.isStaff()).toList());
        model.addAttribute("sites", sites.findAll(Sort.by("name")));
        return FORM;
    }

    private boolean managesStaff() {
        return currentUser.can(CorePermissions.USERS_MANAGE);
    }

    private static User.@Nullable Kind kindOf(@Nullable String kind) {
        return kind != null && List.of("STAFF", "CUSTOMER").contains(kind) ? User.Kind.valueOf(kind) : null;
    }

    /** The form field an error belongs to. */
    private static String field(AccountRejected rejected) {
        return switch (rejected.field()) {
            case "site" -> "siteId";
            case "email", "password", "roles", "customerNumber", "lastName", "firstName" -> rejected.field();
            default -> "email";
        };
    }
}
