package guichet.customers.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyncFieldTest {

    @Test
    void headersOfFrenchAndEnglishExportsNameTheirFields() {
        assertThat(SyncField.guess("Code client")).contains(SyncField.EXTERNAL_REF);
        assertThat(SyncField.guess("Prénom")).contains(SyncField.FIRST_NAME);
        assertThat(SyncField.guess("E-mail")).contains(SyncField.EMAIL);
        assertThat(SyncField.guess("Raison sociale")).contains(SyncField.COMPANY_NAME);
        assertThat(SyncField.guess("postal_code")).contains(SyncField.POSTAL_CODE);
        assertThat(SyncField.guess("Colonne inutile")).isEmpty();
    }
}
