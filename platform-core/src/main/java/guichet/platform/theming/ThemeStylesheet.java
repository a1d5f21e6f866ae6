package guichet.platform.theming;

import guichet.platform.theming.definition.Theme;

/** Writes a theme as CSS custom properties, mapped onto Bootstrap's own variables. */
final class ThemeStylesheet {

    private ThemeStylesheet() {}

    static String render(Theme theme) {
        StringBuilder css = new StringBuilder(1024);
        css.append("/* Theme ")
                .append(theme.name())
                .append(" (")
                .append(String.join(" < ", theme.chain()))
                .append(") */\n:root {\n");
        for (String colour : Theme.COLOURS) {
            String value = theme.colour(colour);
            declare(css, "--g-" + colour, value);
            declare(css, "--g-" + colour + "-rgb", rgb(value));
        }
        declare(css, "--g-primary-hover", theme.primaryHover());
        declare(css, "--g-font-sans", theme.fontSans());
        declare(css, "--g-font-heading", theme.fontHeading());
        declare(css, "--g-radius", theme.radius());
        declare(css, "--bs-primary", "var(--g-primary)");
        declare(css, "--bs-primary-rgb", "var(--g-primary-rgb)");
        declare(css, "--bs-secondary", "var(--g-secondary)");
        declare(css, "--bs-secondary-rgb", "var(--g-secondary-rgb)");
        declare(css, "--bs-body-bg", "var(--g-body-bg)");
        declare(css, "--bs-body-bg-rgb", "var(--g-body-bg-rgb)");
        declare(css, "--bs-body-color", "var(--g-body-fg)");
        declare(css, "--bs-body-color-rgb", "var(--g-body-fg-rgb)");
        declare(css, "--bs-secondary-color", "var(--g-muted-fg)");
        declare(css, "--bs-link-color", "var(--g-link)");
        declare(css, "--bs-link-color-rgb", "var(--g-link-rgb)");
        declare(css, "--bs-link-hover-color", "var(--g-link)");
        declare(css, "--bs-body-font-family", "var(--g-font-sans)");
        declare(css, "--bs-border-radius", "var(--g-radius)");
        css.append("}\n");
        return css.toString();
    }

    private static void declare(StringBuilder css, String name, String value) {
        css.append("  ").append(name).append(": ").append(value).append(";\n");
    }

    static String rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return ((value >> 16) & 0xff) + ", " + ((value >> 8) & 0xff) + ", " + (value & 0xff);
    }
}
