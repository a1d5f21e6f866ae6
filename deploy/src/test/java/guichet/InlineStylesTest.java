package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.web.ContentPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No template styles an element inline: the pages' content policy ({@code style-src 'self'}) makes the browser ignore
 * it, silently (a message's line breaks vanished so, and an import's progress bar stayed empty). Styles go in the
 * style sheet.
 */
class InlineStylesTest {

    private static final Pattern INLINE_STYLE = Pattern.compile("\\s(?:th:)?style=\"[^\"]*\"");

    @Test
    void noTemplateStylesAnElementInline() throws IOException {
        assertThat(ContentPolicy.STANDARD).contains("style-src 'self';");
        List<String> found = new ArrayList<>();
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).hasSizeGreaterThan(50);
        for (Resource template : templates) {
            Matcher style = INLINE_STYLE.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (style.find()) {
                found.add(template.getURL().toString().replaceAll(".*/templates/", "") + ":"
                        + style.group().strip());
            }
        }
        assertThat(found).isEmpty();
    }
}
