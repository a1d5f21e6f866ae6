package guichet.keycloak.emailcode;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.keycloak.emailcode.EmailCodes.Issued;
import guichet.keycloak.emailcode.EmailCodes.Outcome;
import guichet.keycloak.emailcode.EmailCodes.Verification;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmailCodesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final EmailCodes codes = new EmailCodes(new SecureRandom(), clock);

    @Test
    void issuesSixDigitsAndKeepsOnlyASaltedHash() {
        Issued issued = codes.issue();

        assertThat(issued.code()).matches("\\d{6}");
        CodeState state = issued.state();
        assertThat(state.toNotes().values()).noneMatch(value -> value.contains(issued.code()));
        assertThat(state.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(state.sentAt()).isEqualTo(clock.instant());
        assertThat(state.failures()).isZero();
    }

    @Test
    void padsSmallNumbersWithLeadingZeros() {
        SecureRandom fortyTwo = new SecureRandom() {
            @Override
            public int nextInt(int bound) {
                return 42;
            }
        };

        assertThat(new EmailCodes(fortyTwo, clock).issue().code()).isEqualTo("000042");
    }

    @Test
    void saltsEachCodeSoThatEqualCodesHashDifferently() {
        SecureRandom sameCode = new SecureRandom() {
            @Override
            public int nextInt(int bound) {
                return 123456;
            }
        };
        EmailCodes fixed = new EmailCodes(sameCode, clock);

        assertThat(fixed.issue().state().hash())
                .isNotEqualTo(fixed.issue().state().hash());
    }

    @Test
    void drawsCodesOverTheWholeRange() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(codes.issue().code());
        }

        assertThat(seen).hasSizeGreaterThan(190);
    }

    @Test
    void acceptsTheCodeWhileItIsValid() {
        Issued issued = codes.issue();
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));

        assertThat(codes.verify(issued.state(), issued.code()).outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void ignoresSpacesAndReadsDigitsOfAnyScript() {
        Issued issued = codes.issue();
        String code = issued.code();
        String spaced = " " + code.substring(0, 3) + " " + code.substring(3) + "\t";
        StringBuilder arabicIndic = new StringBuilder();
        code.chars().forEach(c -> arabicIndic.append((char) ('\u0660' + (c - '0'))));

        assertThat(codes.verify(issued.state(), spaced).outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(codes.verify(issued.state(), arabicIndic.toString()).outcome())
                .isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void countsWrongCodesAndRefusesEvenTheRightOneAfterFive() {
        Issued issued = codes.issue();
        String wrong = otherThan(issued.code());
        CodeState state = issued.state();

        for (int attempt = 1; attempt <= 4; attempt++) {
            Verification verification = codes.verify(state, wrong);
            assertThat(verification.outcome()).isEqualTo(Outcome.WRONG);
            assertThat(verification.triesLeft()).isEqualTo(5 - attempt);
            state = verification.state();
        }
        Verification fifth = codes.verify(state, wrong);
        assertThat(fifth.outcome()).isEqualTo(Outcome.TOO_MANY_FAILURES);
        assertThat(fifth.state().failures()).isEqualTo(5);

        Verification afterwards = codes.verify(fifth.state(), issued.code());
        assertThat(afterwards.outcome()).isEqualTo(Outcome.TOO_MANY_FAILURES);
        assertThat(afterwards.state().failures())
                .as("no comparison, no new failure")
                .isEqualTo(5);
        assertThat(codes.usable(fifth.state())).isFalse();
    }

    @Test
    void treatsGarbageAsAWrongCode() {
        Issued issued = codes.issue();

        assertThat(codes.verify(issued.state(), "abc").outcome()).isEqualTo(Outcome.WRONG);
        assertThat(codes.verify(issued.state(), issued.code() + "0").outcome()).isEqualTo(Outcome.WRONG);
        assertThat(codes.verify(issued.state(), null).outcome()).isEqualTo(Outcome.WRONG);
    }

    @Test
    void refusesTheCodeOnceExpired() {
        Issued issued = codes.issue();
        clock.advance(Duration.ofMinutes(5));

        Verification verification = codes.verify(issued.state(), issued.code());

        assertThat(verification.outcome()).isEqualTo(Outcome.EXPIRED);
        assertThat(verification.state().failures()).isZero();
        assertThat(codes.usable(issued.state())).isFalse();
    }

    @Test
    void letsANewCodeBeSentOnlyEveryThirtySeconds() {
        CodeState state = codes.issue().state();

        clock.advance(Duration.ofSeconds(10));
        assertThat(codes.resendWait(state)).contains(Duration.ofSeconds(20));

        clock.advance(Duration.ofSeconds(20));
        assertThat(codes.resendWait(state)).isEmpty();
    }

    @Test
    void rejectsTamperedState() {
        Issued issued = codes.issue();
        CodeState broken = new CodeState(
                "not base64!",
                issued.state().hash(),
                issued.state().expiresAt(),
                issued.state().sentAt(),
                0);

        assertThat(codes.verify(broken, issued.code()).outcome()).isEqualTo(Outcome.WRONG);
    }

    private static String otherThan(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }
}
