package guichet.platform.customers;

import guichet.platform.text.SearchText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One way to reach a customer: an e-mail address or a phone number, with an optional label (« bureau »). */
@Embeddable
public class ContactPoint {

    /** E-mail or phone. */
    public enum Kind {
        EMAIL,
        PHONE
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private Kind kind;

    @Column(name = "value")
    private String value;

    @Column(name = "normalized")
    private String normalized;

    @Column(name = "label")
    private @Nullable String label;

    protected ContactPoint() {}

    private ContactPoint(Kind kind, String value, @Nullable String label) {
        this.kind = kind;
        this.value = value.strip();
        this.normalized = normalize(kind, value);
        this.label = label == null || label.isBlank() ? null : label.strip();
    }

    public static ContactPoint email(String address, @Nullable String label) {
        return new ContactPoint(Kind.EMAIL, address, label);
    }

    public static ContactPoint phone(String number, @Nullable String label) {
        return new ContactPoint(Kind.PHONE, number, label);
    }

    /** The form two contacts are compared in: the address in lower case, or the number's digits. */
    public static String normalize(Kind kind, String value) {
        return kind == Kind.EMAIL ? value.strip().toLowerCase(Locale.ROOT) : SearchText.digits(value);
    }

    public Kind kind() {
        return kind;
    }

    public String value() {
        return value;
    }

    public String normalized() {
        return normalized;
    }

    public @Nullable String label() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactPoint that && kind == that.kind && normalized.equals(that.normalized);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, normalized);
    }
}
