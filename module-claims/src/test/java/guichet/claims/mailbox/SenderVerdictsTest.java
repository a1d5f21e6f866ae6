package guichet.claims.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the receiving server's Authentication-Results (RFC 8601) and nobody else's. */
class SenderVerdictsTest {

    private static final String US = "mx.guichet.test";

    @Test
    void onlyTheReceivingServersVerdictCounts() {
        String forged = "mx.forger.example; dmarc=pass header.from=example.fr";
        assertThat(SenderVerdicts.vouchFor(List.of(forged), US, "claire@example.fr"))
                .isFalse();
        assertThat(SenderVerdicts.vouchFor(List.of(), US, "claire@example.fr")).isFalse();
        assertThat(SenderVerdicts.vouchFor(
                        List.of(US + "; dmarc=pass header.from=example.fr"), US, "claire@example.fr"))
                .isTrue();
        assertThat(SenderVerdicts.vouchFor(
                        List.of(US + "; dmarc=fail header.from=example.fr", US + "; dmarc=pass"),
                        US,
                        "claire@example.fr"))
                .as("the topmost of ours, written last, is the receiving server's")
                .isFalse();
    }

    @Test
    void dkimAndSpfPassOnlyForTheFromDomain() {
        assertThat(SenderVerdicts.vouchFor(
                        List.of(US + " 1; dkim=pass (good signature) header.d=example.fr header.s=s1"),
                        US,
                        "claire@mail.example.fr"))
                .isTrue();
        assertThat(SenderVerdicts.vouchFor(
                        List.of(US + "; dkim=pass header.d=forger.example"), US, "claire@example.fr"))
                .isFalse();
        assertThat(SenderVerdicts.vouchFor(List.of(US + "; dkim=pass header.d=fr"), US, "claire@example.fr"))
                .isFalse();
        assertThat(SenderVerdicts.vouchFor(
                        List.of(US + "; spf=pass smtp.mailfrom=bounce@example.fr"), US, "claire@example.fr"))
                .isTrue();
        assertThat(SenderVerdicts.vouchFor(
                        List.of(US + "; spf=softfail smtp.mailfrom=example.fr; dkim=none"), US, "claire@example.fr"))
                .isFalse();
        assertThat(SenderVerdicts.vouchFor(
                        List.of(US + "; dmarc=pass header.from=forger.example"), US, "claire@example.fr"))
                .isFalse();
    }
}
