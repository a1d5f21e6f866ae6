package guichet.platform.theming;

import guichet.platform.identity.RequiresPermission;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.theming.definition.Theme;
import guichet.platform.web.AnyHost;
import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/** Serves the current host's theme: its stylesheet of custom properties and its logo. */
@Controller
@AnyHost
@RequiresPermission(RequiresPermission.PUBLIC)
class ThemeController {

    /** The console's own theme. */
    static final String PLATFORM_THEME = "platform";

    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

    private final Themes themes;
    private final TenantCatalog catalog;

    ThemeController(Themes themes, TenantCatalog catalog) {
        this.themes = themes;
        this.catalog = catalog;
    }

    @GetMapping(value = "/theme.css", produces = "text/css")
    ResponseEntity<String> stylesheet(WebRequest request) {
        String css = ThemeStylesheet.render(currentTheme());
        String etag = "\"" + Integer.toHexString(css.hashCode()) + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(CACHE).build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CACHE)
                .eTag(etag)
                .body(css);
    }

    @GetMapping("/theme/logo")
    ResponseEntity<Resource> logo() {
        Theme theme = currentTheme();
        return theme.logo()
                .flatMap(file -> themes.fileLocation(theme, file))
                .map(location -> ResponseEntity.ok()
                        .contentType(
                                location.endsWith(".svg") ? MediaType.valueOf("image/svg+xml") : MediaType.IMAGE_PNG)
                        .cacheControl(CACHE)
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                        .body((Resource) new ClassPathResource(location)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private Theme currentTheme() {
        String name = TenantContext.current()
                .flatMap(catalog::find)
                .map(TenantProfile::theme)
                .orElse(PLATFORM_THEME);
        return themes.get(name);
    }
}
