package guichet.customers.directory.web;

import guichet.platform.customers.PostalAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** One postal address of the customer form, as typed. */
public class AddressForm {
    private @Nullable String label;
    private @Nullable String line1;
    private @Nullable String line2;
    private @Nullable String postalCode;
    private @Nullable String city;
    private @Nullable String country;

    static AddressForm of(PostalAddress address) {
        AddressForm form = new AddressForm();
        form.label = address.label();
        form.line1 = address.line1();
        form.line2 = address.line2();
        form.postalCode = address.postalCode();
        form.city = address.city();
        form.country = address.country();
        return form;
    }

    boolean isBlank() {
        return blank(label) && blank(line1) && blank(line2) && blank(postalCode) && blank(city) && blank(country);
    }

    void validate(Errors errors, String path) {
        if (isBlank()) {
            return;
        }
        if (blank(line1)) {
            errors.rejectValue(path + ".line1", "customers.error.address.line1");
        }
        if (!blank(country) && !country.strip().matches("^[A-Za-z]{2}$")) {
            errors.rejectValue(path + ".country", "customers.error.address.country");
        }
        if (!blank(line1) && line1.length() > 200 || !blank(line2) && line2.length() > 200) {
            errors.rejectValue(path + ".line1", "customers.error.too-long");
        }
        if (!blank(city) && city.length() > 100
                || !blank(postalCode) && postalCode.length() > 20
                || !blank(label) && label.length() > 60) {
            errors.rejectValue(path + ".city", "customers.error.too-long");
        }
    }

    PostalAddress toAddress() {
        return new PostalAddress(label, line1, line2, postalCode, city, null, country);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    public @Nullable String getLabel() {
        return label;
    }

    public void setLabel(@Nullable String label) {
        this.label = label;
    }

    public @Nullable String getLine1() {
        return line1;
    }

    public void setLine1(@Nullable String line1) {
        this.line1 = line1;
    }

    public @Nullable String getLine2() {
        return line2;
    }

    public void setLine2(@Nullable String line2) {
        this.line2 = line2;
    }

    public @Nullable String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(@Nullable String postalCode) {
        this.postalCode = postalCode;
    }

    public @Nullable String getCity() {
        return city;
    }

    public void setCity(@Nullable String city) {
        this.city = city;
    }

    public @Nullable String getCountry() {
        return country;
    }

    public void setCountry(@Nullable String country) {
        this.country = country;
    }
}
