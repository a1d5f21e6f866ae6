package guichet.platform.console;

import guichet.platform.money.MoneyRule;
import guichet.platform.signup.Administrator;
import guichet.platform.tenancy.TenantCatalog.NewTenant;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.text.EmailAddresses;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The console's « new tenant » form, as typed; kept whole when a field is rejected. */
class TenantForm {

    private @Nullable String slug;
    private @Nullable String displayName;
    private @Nullable String defaultLocale = "fr";
    private @Nullable String timeZone = "Africa/Tunis";
    private @Nullable String currency = "TND";
    private @Nullable String rounding = TenantProfile.DEFAULT_ROUNDING.name();
    private @Nullable String theme = "base";
    private @Nullable List<String> modules;
    private @Nullable String adminFirstName;
    private @Nullable String adminLastName;
    private @Nullable String adminEmail;

    static TenantForm blank() {
        return new TenantForm();
    }

    List<String> selectedModules() {
        return modules == null ? List.of() : modules;
    }

    /** Checks what can be checked without the catalogue, recording each problem against its field. */
    void validate(Errors errors) {
        if (slug == null || slug.isBlank()) {
            errors.rejectValue("slug", "console.error.required");
        } else if (!TenantId.isValid(slug.strip())) {
            errors.rejectValue("slug", "console.error.slug.format");
        }
        if (displayName == null || displayName.isBlank()) {
            errors.rejectValue("displayName", "console.error.required");
        } else if (displayName.strip().length() > 120) {
            errors.rejectValue("displayName", "console.error.name");
        }
        if (zone() == null) {
            errors.rejectValue("timeZone", "console.error.zone");
        }
        Currency currencyCode = currencyCode();
        if (currencyCode == null) {
            errors.rejectValue("currency", "console.error.currency");
        } else if (!MoneyRule.accepts(currencyCode)) {
            errors.rejectValue("currency", "console.error.currency.minor");
        }
        if (roundingMode() == null) {
            errors.rejectValue("rounding", "console.error.rounding");
        }
        if (adminLastName == null || adminLastName.isBlank()) {
            errors.rejectValue("adminLastName", "console.error.required");
        } else if (adminLastName.strip().length() > 80) {
            errors.rejectValue("adminLastName", "console.error.name");
        }
        if (!EmailAddresses.isValid(adminEmail)) {
            errors.rejectValue("adminEmail", "console.error.email");
        }
    }

    /** The tenant's first administrator, who is e-mailed a link to choose his password. */
    Administrator administrator() {
        return new Administrator(
                adminFirstName == null || adminFirstName.isBlank() ? null : adminFirstName.strip(),
                adminLastName.strip(),
                adminEmail.strip());
    }

    public @Nullable String getAdminFirstName() {
        return adminFirstName;
    }

    public void setAdminFirstName(@Nullable String adminFirstName) {
        this.adminFirstName = adminFirstName;
    }

    public @Nullable String getAdminLastName() {
        return adminLastName;
    }

    public void setAdminLastName(@Nullable String adminLastName) {
        this.adminLastName = adminLastName;
    }

    public @Nullable String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(@Nullable String adminEmail) {
        this.adminEmail = adminEmail;
    }

    NewTenant toRequest() {
        return new NewTenant(
                        new TenantId(slug.strip()),
                        displayName.strip(),
                        Locale.forLanguageTag(defaultLocale == null ? "fr" : defaultLocale),
                        zone(),
                        currencyCode(),
                        theme == null ? "" : theme,
                        selectedModules(),
                        Map.of())
                .withRounding(roundingMode());
    }

    private @Nullable ZoneId zone() {
        if (timeZone == null || timeZone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The rule chosen among those offered, by name. */
    private @Nullable RoundingMode roundingMode() {
        return MoneyRule.ROUNDINGS.stream()
                .filter(mode -> mode.name().equals(rounding))
                .findFirst()
                .orElse(null);
    }

    private @Nullable Currency currencyCode() {
        if (currency == null || currency.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public @Nullable String getSlug() {
        return slug;
    }

    public void setSlug(@Nullable String slug) {
        this.slug = slug;
    }

    public @Nullable String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName;
    }

    public @Nullable String getDefaultLocale() {
        return defaultLocale;
    }

    public void setDefaultLocale(@Nullable String defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    public @Nullable String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(@Nullable String timeZone) {
        this.timeZone = timeZone;
    }

    public @Nullable String getCurrency() {
        return currency;
    }

    public void setCurrency(@Nullable String currency) {
        this.currency = currency;
    }

    public @Nullable String getRounding() {
        return rounding;
    }

    public void setRounding(@Nullable String rounding) {
        this.rounding = rounding;
    }

    public @Nullable String getTheme() {
        return theme;
    }

    public void setTheme(@Nullable String theme) {
        this.theme = theme;
    }

    public @Nullable List<String> getModules() {
        return modules;
    }

    public void setModules(@Nullable List<String> modules) {
        this.modules = modules;
    }
}
