package guichet.platform.accounts.web;

import guichet.platform.filters.FilterableList;
import guichet.platform.identity.CorePermissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user list's filters can be saved, like a module's lists. */
@Configuration(proxyBeanMethods = false)
class UserListFilters {

    /** The user list's key among the lists whose filters can be saved. */
    static final String KEY = "platform.users";

    @Bean
    FilterableList userList() {
        return new FilterableList(KEY, "/admin/users", "users.title", CorePermissions.USERS_MANAGE_CUSTOMERS);
    }
}
