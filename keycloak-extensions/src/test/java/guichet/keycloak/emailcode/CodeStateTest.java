package guichet.keycloak.emailcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeStateTest {

    private final CodeState state = new CodeState(
            "c2FsdA==", "aGFzaA==", Instant.parse("2026-03-01T09:05:00Z"), Instant.parse("2026-03-01T09:00:00Z"), 2);

    @Test
    void survivesTheRoundTripThroughSessionNotes() {
        Map<String, String> notes = state.toNotes();

        assertThat(notes).containsOnlyKeys(CodeState.NOTE_KEYS);
        assertThat(CodeState.fromNotes(notes::get)).contains(state);
    }

    @Test
    void isAbsentWhenNoCodeWasSent() {
        assertThat(CodeState.fromNotes(key -> null)).isEmpty();
    }

    @Test
    void isAbsentWhenANoteIsGarbled() {
        Map<String, String> notes = new HashMap<>(state.toNotes());
        notes.put(CodeState.FAILURES, "two");

        assertThat(CodeState.fromNotes(notes::get)).isEmpty();
    }

    @Test
    void countsOneMoreFailureWithoutTouchingTheRest() {
        CodeState failed = state.withOneMoreFailure();

        assertThat(failed.failures()).isEqualTo(3);
        assertThat(failed.hash()).isEqualTo(state.hash());
        assertThat(failed.expiresAt()).isEqualTo(state.expiresAt());
    }
}
