package guichet.keycloak.themes;

import guichet.platform.theming.definition.Theme;

/**
 * Writes a theme's {@code css/theme.css}: only {@code --g-*} custom properties. The login theme {@code guichet}'s own
 * {@code css/guichet.css} maps them onto the PatternFly variables of Keycloak's pages, so this file stays the same
 * whatever Keycloak version renders it.
 */
final class ThemeCss {

    private ThemeCss() {}

    /**
     * @param theme the resolved, validated theme
     * @param logoFile the logo's file name under {@code img/}, or null for none
     */
    static String render(Theme theme, String logoFile) {
        StringBuilder css = new StringBuilder(1024);
        css.append("/* Guichet theme ")
                .append(theme.name())
                .append(" (")
                .append(String.join(" < ", theme.chain()))
                .append("), generated from tenant-themes at build time. */\n:root {\n");
        for (String colour : Theme.COLOURS) {
            declare(css, "--g-" + colour, theme.colour(colour));
        }
        declare(css, "--g-primary-hover", theme.primaryHover());
        declare(css, "--g-font-sans", theme.fontSans());
        declare(css, "--g-font-heading", theme.fontHeading());
        declare(css, "--g-radius", theme.radius());
        declare(css, "--g-logo-url", logoFile == null ? "none" : "url(\"../img/" + logoFile + "\")");
        css.append("}\n");
        return css.toString();
    }

    private static void declare(StringBuilder css, String name, String value) {
        css.append("  ").append(name).append(": ").append(value).append(";\n");
    }
}
