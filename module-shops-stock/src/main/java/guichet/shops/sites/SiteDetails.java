package guichet.shops.sites;

import guichet.platform.ids.UserId;
import guichet.platform.sites.Site;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator gives of a site; {@link #problems()} names each field that is wrong with the message key that
 * says why. Coordinates are both given or neither.
 */
public record SiteDetails(
        @Nullable String code,
        @Nullable String name,
        Site.@Nullable Kind kind,
        @Nullable String address,
        @Nullable String city,
        @Nullable String postalCode,
        @Nullable String country,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        @Nullable String phone,
        @Nullable UserId manager) {

    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{4,40}$");

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (code == null || code.isBlank()) {
            problems.put("code", "shops.error.code.required");
        } else if (!CODE.matcher(code).matches()) {
            problems.put("code", "shops.error.code.format");
        }
        if (name == null || name.isBlank()) {
            problems.put("name", "shops.error.name.required");
        } else if (name.length() > 120) {
            problems.put("name", "shops.error.name.length");
        }
        if (kind == null) {
            problems.put("kind", "shops.error.kind.required");
        }
        length(problems, "address", address, 300);
        length(problems, "city", city, 100);
        length(problems, "postalCode", postalCode, 20);
        if (country != null && !COUNTRY.matcher(country).matches()) {
            problems.put("country", "shops.error.country.format");
        }
        if ((latitude == null) != (longitude == null)) {
            problems.put(latitude == null ? "latitude" : "longitude", "shops.error.position.both");
        }
        if (latitude != null && latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            problems.put("latitude", "shops.error.latitude.range");
        }
        if (longitude != null && longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            problems.put("longitude", "shops.error.longitude.range");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.put("phone", "shops.error.phone.format");
        }
        return problems;
    }

    private static void length(Map<String, String> problems, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            problems.put(field, "shops.error.length");
        }
    }

    /** The details of a site as it is. */
    public static SiteDetails of(Site site) {
        return new SiteDetails(
                site.code(),
                site.name(),
                site.kind(),
                site.address(),
                site.city(),
                site.postalCode(),
                site.country(),
                site.latitude(),
                site.longitude(),
                site.phone(),
                site.manager().orElse(null));
    }

    void applyTo(Site site) {
        site.describe(name, kind).addressedAt(address, city, postalCode, country);
        if (latitude != null && longitude != null) {
            site.positionedAt(latitude, longitude);
        }
        site.reachableAt(phone, manager);
    }
}
