package guichet.platform.theming.definition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContrastTest {

    @Test
    void theContrastRatioFollowsWcag() {
        assertThat(Contrast.ratio("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(Contrast.ratio("#777777", "#ffffff")).isBetween(4.47, 4.49);
    }
}
