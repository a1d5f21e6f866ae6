package guichet.platform.realms;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Guichet's administrative connection to Keycloak, opened on first use. */
@Component
public class KeycloakAdmin implements DisposableBean {

    private final KeycloakProperties properties;
    private volatile Keycloak client;

    KeycloakAdmin(KeycloakProperties properties) {
        this.properties = properties;
    }

    /** A realm's administration endpoints. */
    public RealmResource realm(String name) {
        return client().realm(name);
    }

    /** A realm's settings, if the realm exists. */
    public Optional<RealmRepresentation> findRealm(String name) {
        try {
            return Optional.of(client().realm(name).toRepresentation());
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    Keycloak client() {
        Keycloak current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = open();
                }
                current = client;
            }
        }
        return current;
    }

    private Keycloak open() {
        if (!properties.isConfigured()) {
            throw new IllegalStateException("guichet.identity.keycloak.url is not set");
        }
        KeycloakBuilder builder = KeycloakBuilder.builder()
                .serverUrl(properties.url())
                .realm(properties.adminRealm())
                .clientId(properties.adminClientId())
                .resteasyClient(
                        new ResteasyClientBuilderImpl().connectionPoolSize(16).build());
        if (properties.adminClientSecret() != null
                && !properties.adminClientSecret().isBlank()) {
            builder.grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientSecret(properties.adminClientSecret());
        } else {
            builder.grantType(OAuth2Constants.PASSWORD)
                    .username(properties.adminUsername())
                    .password(properties.adminPassword());
        }
        return builder.build();
    }

    /** The message Keycloak gave with a failed administrative call, such as {@code invalidPasswordMinLengthMessage}. */
    public static Optional<String> errorOf(WebApplicationException failure) {
        try {
            String body = failure.getResponse().readEntity(String.class);
            var matcher = java.util.regex.Pattern.compile("\"error(?:Message)?\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void destroy() {
        if (client != null) {
            client.close();
        }
    }
}
