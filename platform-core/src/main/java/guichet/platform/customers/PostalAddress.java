package guichet.platform.customers;

import guichet.platform.text.Typed;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A postal address of a customer, with an optional label (« siège », « livraison »). */
@Embeddable
public class PostalAddress {

    @Column(name = "label")
    private @Nullable String label;

    @Column(name = "line1")
    private String line1;

    @Column(name = "line2")
    private @Nullable String line2;

    @Column(name = "postal_code")
    private @Nullable String postalCode;

    @Column(name = "city")
    private @Nullable String city;

    @Column(name = "region")
    private @Nullable String region;

    @Column(name = "country")
    private @Nullable String country;

    protected PostalAddress() {}

    /**
     * @param country ISO 3166-1 alpha-2 code, or null
     */
    public PostalAddress(
            @Nullable String label,
            String line1,
            @Nullable String line2,
            @Nullable String postalCode,
            @Nullable String city,
            @Nullable String region,
            @Nullable String country) {
        this.label = Typed.orNull(label);
        this.line1 = line1.strip();
        this.line2 = Typed.orNull(line2);
        this.postalCode = Typed.orNull(postalCode);
        this.city = Typed.orNull(city);
        this.region = Typed.orNull(region);
        this.country =
                country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public @Nullable String label() {
        return label;
    }

    public String line1() {
        return line1;
    }

    public @Nullable String line2() {
        return line2;
    }

    public @Nullable String postalCode() {
        return postalCode;
    }

    public @Nullable String city() {
        return city;
    }

    public @Nullable String region() {
        return region;
    }

    public @Nullable String country() {
        return country;
    }

    /** The address on one line, as lists show it. */
    public String oneLine() {
        StringBuilder text = new StringBuilder(line1);
        for (String part : new String[] {line2, postalCode, city, region, country}) {
            if (part != null) {
                text.append(", ").append(part);
            }
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostalAddress that
                && java.util.Objects.equals(label, that.label)
                && java.util.Objects.equals(line1, that.line1)
                && java.util.Objects.equals(line2, that.line2)
                && java.util.Objects.equals(postalCode, that.postalCode)
                && java.util.Objects.equals(city, that.city)
                && java.util.Objects.equals(region, that.region)
                && java.util.Objects.equals(country, that.country);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(label, line1, line2, postalCode, city, region, country);
    }
}
