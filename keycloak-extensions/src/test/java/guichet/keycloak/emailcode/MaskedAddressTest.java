package guichet.keycloak.emailcode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedAddressTest {

    @Test
    void keepsTheFirstLetterAndTheDomain() {
        assertThat(MaskedAddress.of("jeanne.dupont@example.com")).isEqualTo("j•••@example.com");
        assertThat(MaskedAddress.of("a@b.fr")).isEqualTo("a•••@b.fr");
    }

    @Test
    void revealsNothingOfAnOddAddress() {
        assertThat(MaskedAddress.of("@example.com")).isEqualTo("•••");
        assertThat(MaskedAddress.of("no-at-sign")).isEqualTo("•••");
    }
}
