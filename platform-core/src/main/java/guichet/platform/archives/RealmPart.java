package guichet.platform.archives;

import guichet.platform.realms.KeycloakAdmin;
import guichet.platform.realms.PortalOrigins;
import guichet.platform.realms.TenantRealms;
import guichet.platform.tenancy.TenantProfile;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant's Keycloak realm: its roles, and its users with their realm roles, attributes and required actions, one
 * JSON line each. Passwords and second factors cannot leave Keycloak: a restored user is new to the fresh realm, must
 * choose a password, and is e-mailed the link to do so. The realm itself (client, themes, policies) is not archived:
 * the fresh tenant's is made from its settings, as for any new tenant. Restored users get new Keycloak ids; the tenant's
 * user records ({@code core_user.identity_subject}) are pointed at them.
 */
@Component
class RealmPart implements TenantDataPart {

    static final String ROLES = "roles.json";
    static final String USERS = "users.jsonl";
    private static final Logger log = LoggerFactory.getLogger(RealmPart.class);
    private static final int PAGE = 100;

    private final KeycloakAdmin keycloak;
    private final PortalOrigins origins;
    private final DataSource dataSource;
    private final JsonMapper json = JsonMapper.builder().build();

    RealmPart(KeycloakAdmin keycloak, PortalOrigins origins, DataSource dataSource) {
        this.keycloak = keycloak;
        this.origins = origins;
        this.dataSource = dataSource;
    }

    /** A realm role as archived. */
    record Role(
            String name,
            @Nullable String description,
            @Nullable Map<String, List<String>> attributes) {}

    /** A user as archived: what Keycloak lets out, without credentials. */
    record User(
            String id,
            String username,
            @Nullable String email,
            @Nullable String firstName,
            @Nullable String lastName,
            boolean enabled,
            boolean emailVerified,
            @Nullable Map<String, List<String>> attributes,
            @Nullable List<String> requiredActions,
            List<String> realmRoles) {}

    @Override
    public String name() {
        return "realm";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void export(TenantProfile tenant, ArchiveWriter archive) throws IOException {
        RealmResource realm = keycloak.realm(tenant.slug());
        List<Role> roles = realm.roles().list(false).stream()
                .filter(role -> !isDefault(role.getName()))
                .map(role -> new Role(role.getName(), role.getDescription(), role.getAttributes()))
                .toList();
        try (OutputStream out = archive.entry(ROLES)) {
            out.write(json.writeValueAsBytes(roles));
        }
        archive.count("roles", roles.size());
        long users = 0;
        try (OutputStream out = archive.entry(USERS)) {
            for (int first = 0; ; first += PAGE) {
                List<UserRepresentation> page = realm.users().search(null, first, PAGE, false);
                for (UserRepresentation user : page) {
                    if (user.getServiceAccountClientId() != null) {
                        continue;
                    }
                    List<String> realmRoles = realm.users().get(user.getId()).roles().realmLevel().listAll().stream()
                            .map(RoleRepresentation::getName)
                            .filter(name -> !isDefault(name))
                            .toList();
                    out.write(json.writeValueAsBytes(new User(
                            user.getId(),
                            user.getUsername(),
                            user.getEmail(),
                            user.getFirstName(),
                            user.getLastName(),
                            Boolean.TRUE.equals(user.isEnabled()),
                            Boolean.TRUE.equals(user.isEmailVerified()),
                            user.getAttributes(),
                            user.getRequiredActions(),
                            realmRoles)));
                    out.write('\n');
                    users++;
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        archive.count("users", users);
    }

    @Override
    public void restore(TenantProfile tenant, ArchiveReader archive) throws IOException {
        RealmResource realm = keycloak.realm(tenant.slug());
        Set<String> existing =
                realm.roles().list().stream().map(RoleRepresentation::getName).collect(Collectors.toSet());
        try (var in = archive.open(ROLES)) {
            for (Role role : json.readValue(in, Role[].class)) {
                if (!existing.contains(role.name())) {
                    RoleRepresentation created = new RoleRepresentation();
                    created.setName(role.name());
                    created.setDescription(role.description());
                    created.setAttributes(role.attributes());
                    realm.roles().create(created);
                }
            }
        }
        Map<String, RoleRepresentation> roles = new HashMap<>();
        realm.roles().list().forEach(role -> roles.put(role.getName(), role));
        Map<String, String> subjects = new HashMap<>();
        List<String> toInvite = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(archive.open(USERS), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                User user = json.readValue(line, User.class);
                String subject = create(realm, user);
                subjects.put(user.id(), subject);
                List<RoleRepresentation> granted = user.realmRoles().stream()
                        .map(roles::get)
                        .filter(java.util.Objects::nonNull)
                        .toList();
                if (!granted.isEmpty()) {
                    realm.users().get(subject).roles().realmLevel().add(granted);
                }
                if (user.enabled() && user.email() != null) {
                    toInvite.add(subject);
                }
            }
        }
        relink(tenant, subjects);
        String portal = origins.of(tenant).getFirst() + "/";
        for (String subject : toInvite) {
            try {
                realm.users()
                        .get(subject)
                        .executeActionsEmail(TenantRealms.PORTAL_CLIENT, portal, 72 * 3600, List.of("UPDATE_PASSWORD"));
            } catch (WebApplicationException mailFailed) {
                // The required action stays on the account: the user is asked for a password at his first sign-in
                // through « forgot password »; the restore itself is complete.
                log.warn("Could not e-mail restored user {} of {} his password link", subject, tenant.slug());
            }
        }
    }

    private static String create(RealmResource realm, User user) {
        UserRepresentation created = new UserRepresentation();
        created.setUsername(user.username());
        created.setEmail(user.email());
        created.setFirstName(user.firstName());
        created.setLastName(user.lastName());
        created.setEnabled(user.enabled());
        created.setEmailVerified(user.emailVerified());
        created.setAttributes(user.attributes());
        Set<String> actions = new LinkedHashSet<>(user.requiredActions() == null ? List.of() : user.requiredActions());
        actions.add("UPDATE_PASSWORD");
        created.setRequiredActions(List.copyOf(actions));
        try (Response response = realm.users().create(created)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("Keycloak refused user " + user.username() + ": " + response.getStatus()
                        + " " + response.readEntity(String.class));
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    /** Points the tenant's user records at the restored accounts' new ids. */
    private void relink(TenantProfile tenant, Map<String, String> subjects) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String table = tenant.id().schemaName() + ".core_user";
        Boolean present = jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, table);
        if (!Boolean.TRUE.equals(present) || subjects.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "update " + table + " set identity_subject = ? where identity_subject = ?",
                subjects.entrySet().stream()
                        .map(e -> new Object[] {e.getValue(), e.getKey()})
                        .toList());
    }

    @Override
    public void delete(TenantProfile tenant) {
        try {
            keycloak.realm(tenant.slug()).remove();
        } catch (NotFoundException alreadyGone) {
            // Nothing to remove: a tenant whose realm was never made.
        }
    }

    private static boolean isDefault(String role) {
        return role.startsWith("default-roles-") || "offline_access".equals(role) || "uma_authorization".equals(role);
    }
}
