package guichet.platform.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only a page of the tenant's own host is kept as where a message was written from; a screenshot keeps a safe name. */
class ContactPagesTest {

    @Test
    void aLocalPathWithItsQueryIsKept() {
        assertThat(ContactDesk.localPage(" /claims/my/T-000042?tab=files ")).isEqualTo("/claims/my/T-000042?tab=files");
        assertThat(ContactDesk.localPage("/")).isEqualTo("/");
    }

    @Test
    void anythingThatCouldLeadElsewhereIsDropped() {
        assertThat(ContactDesk.localPage(null)).isNull();
        assertThat(ContactDesk.localPage("")).isNull();
        assertThat(ContactDesk.localPage("https://evil.example/login")).isNull();
        assertThat(ContactDesk.localPage("//evil.example/login")).isNull();
        assertThat(ContactDesk.localPage("/\\evil.example")).isNull();
        assertThat(ContactDesk.localPage("javascript:alert(1)")).isNull();
        assertThat(ContactDesk.localPage("/a b")).isNull();
        assertThat(ContactDesk.localPage("/x\n/y")).isNull();
        assertThat(ContactDesk.localPage("/" + "a".repeat(500))).isNull();
    }

    @Test
    void aScreenshotsNameLosesItsDirectoriesAndControlCharacters() {
        assertThat(ContactDesk.cleaned("C:\\Users\\moi\\capture.png")).isEqualTo("capture.png");
        assertThat(ContactDesk.cleaned("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ContactDesk.cleaned("a\u0000b.png")).isEqualTo("ab.png");
        assertThat(ContactDesk.cleaned(null)).isEqualTo("screenshot");
        assertThat(ContactDesk.cleaned("..")).isEqualTo("screenshot");
    }
}
