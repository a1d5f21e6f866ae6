package guichet.customers.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything Guichet holds about one customer, as his data export gives it to him.
 *
 * @param exportedAt when the export was made
 */
public record PersonalData(
        Instant exportedAt,
        Identity customer,
        List<Contact> contacts,
        List<Address> addresses,
        List<Purchase> purchases,
        List<Account> accounts,
        List<Request> tickets,
        List<Event> history) {

    /** Who he is. */
    public record Identity(
            String number,
            String kind,
            String stage,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String companyName,
            @Nullable LocalDate birthDate,
            @Nullable String registrationNumber,
            @Nullable String segment,
            boolean consentEmail,
            boolean consentSms,
            boolean consentPhone,
            @Nullable String externalRef,
            Instant createdAt,
            @Nullable Instant convertedAt) {}

    /** An e-mail address or phone number. */
    public record Contact(
            String kind, String value, @Nullable String label) {}

    /** A postal address. */
    public record Address(
            @Nullable String label,
            String line1,
            @Nullable String line2,
            @Nullable String postalCode,
            @Nullable String city,
            @Nullable String country) {}

    /** A product bought or ordered. */
    public record Purchase(
            String reference, String designation, @Nullable String serialNumber, LocalDate date, String status) {}

    /** An account he signs in with. */
    public record Account(String email, String name, boolean active) {}

    /** A request (ticket) he made or that concerns him. */
    public record Request(String number, String title, String status, Instant createdAt) {}

    /** Something that happened to his record. */
    public record Event(
            Instant at,
            String action,
            @Nullable String by,
            @Nullable String summary) {}
}
