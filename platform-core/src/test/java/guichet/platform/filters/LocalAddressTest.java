package guichet.platform.filters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a form may send a visitor back: only a path of this host. */
class LocalAddressTest {

    @Test
    void pathsOfThisHostAreLocal() {
        assertThat(LocalAddress.isLocal("/admin/users")).isTrue();
        assertThat(LocalAddress.isLocal("/claims/tickets?state=open&q=%C3%A9t%C3%A9"))
                .isTrue();
    }

    @Test
    void anythingThatCouldLeadElsewhereIsNot() {
        for (String elsewhere : new String[] {
            null,
            "",
            "admin/users",
            "//evil.example/x",
            "/\\evil.example",
            "\\\\evil.example",
            "https://evil.example/",
            "javascript:alert(1)",
            "/a b",
            "/\r\nSet-Cookie:x",
            "/" + "x".repeat(2100)
        }) {
            assertThat(LocalAddress.isLocal(elsewhere))
                    .as(String.valueOf(elsewhere))
                    .isFalse();
        }
    }
}
