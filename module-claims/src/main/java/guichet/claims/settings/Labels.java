package guichet.claims.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A configured name in French, English and Arabic; none blank. */
@Embeddable
public record Labels(
        @Column(name = "label_fr") String fr,
        @Column(name = "label_en") String en,
        @Column(name = "label_ar") String ar) {

    public Labels {
        fr = fr.strip();
        en = en.isBlank() ? fr : en.strip();
        ar = ar.isBlank() ? fr : ar.strip();
        if (fr.isEmpty() || fr.length() > 100 || en.length() > 100 || ar.length() > 100) {
            throw new IllegalArgumentException("A label is 1 to 100 characters");
        }
    }

    /** The label in a language, French for any other. */
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "en" -> en;
            case "ar" -> ar;
            default -> fr;
        };
    }
}
