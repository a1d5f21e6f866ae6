package guichet.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void anAddressWithOneAtAndADottedDomainIsValidSpacesAroundIncluded() {
        assertThat(EmailAddresses.isValid("amina@poste.tn")).isTrue();
        assertThat(EmailAddresses.isValid("  k.mensah+sav@example.test ")).isTrue();
    }

    @Test
    void missingPartsSpacesTwoAtsOrTooLongAreNot() {
        assertThat(EmailAddresses.isValid(null)).isFalse();
        assertThat(EmailAddresses.isValid("")).isFalse();
        assertThat(EmailAddresses.isValid("amina")).isFalse();
        assertThat(EmailAddresses.isValid("amina@localhost")).isFalse();
        assertThat(EmailAddresses.isValid("a mina@poste.tn")).isFalse();
        assertThat(EmailAddresses.isValid("a@b@poste.tn")).isFalse();
        assertThat(EmailAddresses.isValid("a".repeat(65) + "@poste.tn")).isFalse();
        assertThat(EmailAddresses.isValid("a@" + "b".repeat(250) + ".tn")).isFalse();
    }
}
