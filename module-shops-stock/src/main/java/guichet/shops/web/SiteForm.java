package guichet.shops.web;

import guichet.platform.ids.UserId;
import guichet.platform.sites.Site;
import guichet.shops.sites.SiteDetails;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The site form, as typed; kept whole when a field is rejected. */
public class SiteForm {

    private @Nullable String code;
    private @Nullable String name;
    private @Nullable String kind;
    private @Nullable String address;
    private @Nullable String city;
    private @Nullable String postalCode;
    private @Nullable String country;
    private @Nullable String latitude;
    private @Nullable String longitude;
    private @Nullable String phone;
    private @Nullable String manager;

    static SiteForm of(Site site) {
        SiteForm form = new SiteForm();
        form.code = site.code();
        form.name = site.name();
        form.kind = site.kind().name();
        form.address = site.address();
        form.city = site.city();
        form.postalCode = site.postalCode();
        form.country = site.country();
        form.latitude = site.latitude() == null ? null : site.latitude().toPlainString();
        form.longitude = site.longitude() == null ? null : site.longitude().toPlainString();
        form.phone = site.phone();
        form.manager = site.manager().map(m -> m.value().toString()).orElse(null);
        return form;
    }

    /** The details typed, with what cannot even be read (a latitude that is no number) rejected on the form. */
    SiteDetails toDetails(Errors errors) {
        Site.Kind chosen = null;
        if (kind != null && !kind.isBlank()) {
            try {
                chosen = Site.Kind.valueOf(kind);
            } catch (IllegalArgumentException unknown) {
                errors.rejectValue("kind", "shops.error.kind.required");
            }
        }
        UserId chosenManager = null;
        if (manager != null && !manager.isBlank()) {
            try {
                chosenManager = new UserId(UUID.fromString(manager));
            } catch (IllegalArgumentException unknown) {
                errors.rejectValue("manager", "shops.error.manager.unknown");
            }
        }
        return new SiteDetails(
                code == null ? null : code.strip().toUpperCase(Locale.ROOT),
                blankless(name),
                chosen,
                blankless(address),
                blankless(city),
                blankless(postalCode),
                country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT),
                number(errors, "latitude", latitude),
                number(errors, "longitude", longitude),
                blankless(phone),
                chosenManager);
    }

    static void reject(Errors errors, Map<String, String> problems) {
        problems.forEach((field, key) -> {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, key);
            }
        });
    }

    private static @Nullable BigDecimal number(Errors errors, String field, @Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            errors.rejectValue(field, "shops.error.position.number");
            return null;
        }
    }

    private static @Nullable String blankless(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    public @Nullable String getCity() {
        return city;
    }

    public void setCity(@Nullable String city) {
        this.city = city;
    }

    public @Nullable String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(@Nullable String postalCode) {
        this.postalCode = postalCode;
    }

    public @Nullable String getCountry() {
        return country;
    }

    public void setCountry(@Nullable String country) {
        this.country = country;
    }

    public @Nullable String getLatitude() {
        return latitude;
    }

    public void setLatitude(@Nullable String latitude) {
        this.latitude = latitude;
    }

    public @Nullable String getLongitude() {
        return longitude;
    }

    public void setLongitude(@Nullable String longitude) {
        this.longitude = longitude;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getManager() {
        return manager;
    }

    public void setManager(@Nullable String manager) {
        this.manager = manager;
    }
}
