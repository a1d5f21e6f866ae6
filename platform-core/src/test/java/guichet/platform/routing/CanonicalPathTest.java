package guichet.platform.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class CanonicalPathTest {

    @Test
    void disguisedModulePathsAreSeenForWhatTheyAre() {
        assertThat(canonical("/shops")).isEqualTo("/shops");
        assertThat(canonical("/%73hops/x")).isEqualTo("/shops/x");
        assertThat(canonical("//shops")).isEqualTo("/shops");
        assertThat(canonical("/shops;jsessionid=1/x")).isEqualTo("/shops/x");
        assertThat(canonical("/SHOPS")).isEqualTo("/shops");
        assertThat(canonical("/api/%73hops/sites")).isEqualTo("/api/shops/sites");
    }

    private static String canonical(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        return TenantResolutionFilter.canonicalPath(request);
    }
}
