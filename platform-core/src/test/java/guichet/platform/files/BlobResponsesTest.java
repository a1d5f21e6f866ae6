package guichet.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a served file is named and whether a browser may show it. */
class BlobResponsesTest {

    @Test
    void onlySafeImagesAndPdfAreShownInline() {
        assertThat(BlobResponses.isShownInline("image/png")).isTrue();
        assertThat(BlobResponses.isShownInline("IMAGE/JPEG")).isTrue();
        assertThat(BlobResponses.isShownInline("application/pdf")).isTrue();
        assertThat(BlobResponses.isShownInline("image/svg+xml"))
                .as("SVG carries scripts")
                .isFalse();
        assertThat(BlobResponses.isShownInline("text/html")).isFalse();
        assertThat(BlobResponses.isShownInline("application/octet-stream")).isFalse();
    }

    @Test
    void theNameLosesDirectoriesQuotesAndLineBreaks() {
        assertThat(BlobResponses.disposition("attachment", "../../etc/pa\"ss\r\nwd"))
                .isEqualTo("attachment; filename=\"pa_sswd\"; filename*=UTF-8''pa%22sswd");
        assertThat(BlobResponses.disposition("inline", "C:\\Users\\moi\\تقرير.pdf"))
                .isEqualTo("inline; filename=\"_____.pdf\"; filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1.pdf");
        assertThat(BlobResponses.disposition("attachment", "  "))
                .isEqualTo("attachment; filename=\"file\"; filename*=UTF-8''file");
    }
}
