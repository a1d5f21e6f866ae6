package guichet.customers.directory;

import guichet.platform.customers.ContactPoint;
import guichet.platform.customers.Customer;
import guichet.platform.customers.PostalAddress;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import guichet.platform.text.EmailAddresses;
import guichet.platform.text.Typed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything staff, an import or another system says about a customer but his number, stage and history: who he is,
 * how to reach him, where, which segment, who is in charge of him and what he consents to. The page form, the API and
 * the imports check it with the same {@link #problems()}.
 *
 * @param emails his e-mail addresses, the main one first (blank ones are ignored)
 * @param phones his phone numbers, the main one first (blank ones are ignored)
 * @param salesRep the sales representative in charge, or null
 * @param reseller the reseller he depends on, or null
 * @param externalRef the key another system knows him by, or null
 */
public record CustomerDetails(
        Customer.Kind kind,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String companyName,
        @Nullable LocalDate birthDate,
        @Nullable String registrationNumber,
        @Nullable String segment,
        List<String> emails,
        List<String> phones,
        List<PostalAddress> addresses,
        @Nullable UserId salesRep,
        @Nullable CustomerId reseller,
        boolean consentEmail,
        boolean consentSms,
        boolean consentPhone,
        @Nullable String externalRef) {

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-/]{6,40}$");
    private static final Pattern EXTERNAL_REF = Pattern.compile("^[\\p{L}\\p{N}._:/#-]{1,100}$");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public CustomerDetails {
        emails = emails.stream()
                .filter(e -> e != null && !e.isBlank())
                .map(String::strip)
                .toList();
        phones = phones.stream()
                .filter(p -> p != null && !p.isBlank())
                .map(String::strip)
                .toList();
        addresses = List.copyOf(addresses);
        firstName = Typed.orNull(firstName);
        lastName = Typed.orNull(lastName);
        companyName = Typed.orNull(companyName);
        registrationNumber = Typed.orNull(registrationNumber);
        segment = Typed.orNull(segment);
        externalRef = Typed.orNull(externalRef);
    }

    /** The details a customer has now, to edit them. */
    public static CustomerDetails of(Customer customer) {
        return new CustomerDetails(
                customer.kind(),
                customer.firstName(),
                customer.lastName(),
                customer.companyName(),
                customer.birthDate(),
                customer.registrationNumber(),
                customer.segment(),
                customer.emails(),
                customer.phones(),
                customer.addresses(),
                customer.salesRep().orElse(null),
                customer.reseller().orElse(null),
                customer.consentsToEmail(),
                customer.consentsToSms(),
                customer.consentsToPhone(),
                customer.externalRef().orElse(null));
    }

    /** The name he would be shown under, to look for people with a similar one. */
    public String name() {
        if (kind == Customer.Kind.LEGAL_PERSON) {
            return companyName == null ? "" : companyName;
        }
        return (firstName == null ? "" : firstName + " ") + (lastName == null ? "" : lastName);
    }

    /**
     * What is wrong, as field name to message key, in the order of the form; empty when all is well. Field names are
     * those of the page form ({@code emails}, {@code phones}, {@code addresses} for any of them).
     */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == Customer.Kind.NATURAL_PERSON && lastName == null) {
            problems.put("lastName", "customers.error.lastName.required");
        }
        if (kind == Customer.Kind.LEGAL_PERSON && companyName == null) {
            problems.put("companyName", "customers.error.companyName.required");
        }
        tooLong(problems, "firstName", firstName, 100);
        tooLong(problems, "lastName", lastName, 100);
        tooLong(problems, "companyName", companyName, 200);
        tooLong(problems, "registrationNumber", registrationNumber, 40);
        tooLong(problems, "segment", segment, 60);
        if (birthDate != null && (birthDate.isAfter(today) || birthDate.isBefore(EARLIEST_BIRTH))) {
            problems.put("birthDate", "customers.error.birthDate.range");
        }
        if (emails.stream().anyMatch(e -> !EmailAddresses.isValid(e))) {
            problems.put("emails", "customers.error.email.format");
        }
        if (phones.stream().anyMatch(p -> !PHONE.matcher(p).matches())) {
            problems.put("phones", "customers.error.phone.format");
        }
        if (externalRef != null && !EXTERNAL_REF.matcher(externalRef).matches()) {
            problems.put("externalRef", "customers.error.externalRef.format");
        }
        return problems;
    }

    /** Writes these details onto a customer (checked first with {@link #problems}). */
    public void applyTo(Customer customer, Instant now) {
        customer.describe(kind, firstName, lastName, companyName, birthDate, registrationNumber, now);
        List<ContactPoint> contacts = new ArrayList<>();
        emails.forEach(e -> contacts.add(ContactPoint.email(e, null)));
        phones.forEach(p -> contacts.add(ContactPoint.phone(p, null)));
        customer.withContacts(contacts, now)
                .withAddresses(addresses, now)
                .classify(segment, now)
                .assignSalesRep(salesRep, now)
                .dependOn(reseller, now)
                .consent(consentEmail, consentSms, consentPhone, now)
                .linkExternal(externalRef, now);
    }

    /** The same details, with another sales representative in charge. */
    public CustomerDetails withSalesRep(@Nullable UserId rep) {
        return new CustomerDetails(
                kind,
                firstName,
                lastName,
                companyName,
                birthDate,
                registrationNumber,
                segment,
                emails,
                phones,
                addresses,
                rep,
                reseller,
                consentEmail,
                consentSms,
                consentPhone,
                externalRef);
    }

    private static void tooLong(Map<String, String> problems, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            problems.putIfAbsent(field, "customers.error.too-long");
        }
    }
}
