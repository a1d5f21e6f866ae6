package guichet.platform.customers;

import guichet.platform.text.SearchText;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How a customer's contact points are ordered and what search-as-you-type indexes of him. */
final class CustomerContacts {

    private CustomerContacts() {}

    /**
     * The contact points with a new main e-mail address and phone number (either may be {@code null} to drop the
     * current main one), the other contacts kept after them.
     */
    static List<ContactPoint> withMain(
            List<ContactPoint> current, @Nullable String newEmail, @Nullable String newPhone) {
        List<ContactPoint> updated = new ArrayList<>();
        if (newEmail != null) {
            updated.add(ContactPoint.email(newEmail, null));
        }
        if (newPhone != null) {
            updated.add(ContactPoint.phone(newPhone, null));
        }
        boolean firstEmail = true;
        boolean firstPhone = true;
        for (ContactPoint contact : current) {
            boolean main = contact.kind() == ContactPoint.Kind.EMAIL ? firstEmail : firstPhone;
            if (contact.kind() == ContactPoint.Kind.EMAIL) {
                firstEmail = false;
            } else {
                firstPhone = false;
            }
            if (!main && !updated.contains(contact)) {
                updated.add(contact);
            }
        }
        return updated;
    }

    /** Without repeats, e-mail addresses before phone numbers, each kind in the order given. */
    static List<ContactPoint> emailsFirst(List<ContactPoint> contacts) {
        List<ContactPoint> distinct = contacts.stream().distinct().toList();
        List<ContactPoint> ordered = new ArrayList<>(distinct.stream()
                .filter(c -> c.kind() == ContactPoint.Kind.EMAIL)
                .toList());
        ordered.addAll(distinct.stream()
                .filter(c -> c.kind() == ContactPoint.Kind.PHONE)
                .toList());
        return ordered;
    }

    /** The normalised words a customer is found by (see {@link SearchText#document}). */
    static String searchDocument(List<ContactPoint> contacts, String number, @Nullable String... names) {
        List<String> words = new ArrayList<>();
        words.add(SearchText.normalize(number));
        for (String name : names) {
            words.addAll(SearchText.words(name));
        }
        for (ContactPoint contact : contacts) {
            if (contact.kind() == ContactPoint.Kind.EMAIL) {
                words.addAll(SearchText.words(contact.value()));
            } else {
                words.add(contact.normalized());
            }
        }
        return SearchText.document(words.stream().distinct().toList());
    }
}
