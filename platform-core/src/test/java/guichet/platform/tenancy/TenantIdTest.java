package guichet.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TenantIdTest {

    @Test
    void slugBecomesItsSchemaName() {
        assertThat(new TenantId("atlas").schemaName()).isEqualTo("tenant_atlas");
        assertThat(new TenantId("la-poste").schemaName()).isEqualTo("tenant_la_poste");
    }

    @Test
    void rejectsSlugsThatCouldEscapeIntoSql() {
        for (String bad : new String[] {
            "",
            "a",
            "Atlas",
            "atlas;drop",
            "atlas\"",
            "1atlas",
            "-atlas",
            "atlas-",
            "at--las",
            "atlas.com",
            "tenant name",
            "x".repeat(31),
            "public",
            "www",
            "admin"
        }) {
            assertThatThrownBy(() -> new TenantId(bad)).as(bad).isInstanceOf(TenantId.InvalidTenantSlugException.class);
            assertThat(TenantId.isValid(bad)).as(bad).isFalse();
        }
    }

    @Test
    void keycloaksReservedRealmNamesAreNoTenantNames() {
        for (String realm : new String[] {"master", "realms", "resources", "js", "health", "metrics", "platform"}) {
            assertThatThrownBy(() -> new TenantId(realm))
                    .as(realm)
                    .isInstanceOf(TenantId.InvalidTenantSlugException.class);
            assertThat(TenantId.isValid(realm)).as(realm).isFalse();
        }
    }

    @Property(tries = 2000)
    void anyAcceptedSlugGivesASafeSchemaName(@ForAll String candidate) {
        if (TenantId.isValid(candidate)) {
            assertThat(new TenantId(candidate).schemaName()).matches("^tenant_[a-z][a-z0-9_]{1,29}$");
        } else {
            assertThatThrownBy(() -> new TenantId(candidate)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property(tries = 500)
    void wellFormedSlugsAreAccepted(@ForAll("slugs") String slug) {
        assertThat(new TenantId(slug).slug()).isEqualTo(slug);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> slugs() {
        net.jqwik.api.Arbitrary<String> head =
                net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').ofLength(1);
        net.jqwik.api.Arbitrary<String> tail = net.jqwik.api.Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .ofMinLength(1)
                .ofMaxLength(20);
        return net.jqwik.api.Combinators.combine(head, tail)
                .as((h, t) -> h + t)
                .filter(s -> !java.util.Set.of("www", "api", "pg", "cdn", "mail", "smtp", "imap")
                        .contains(s))
                .filter(TenantId::isValid);
    }
}
