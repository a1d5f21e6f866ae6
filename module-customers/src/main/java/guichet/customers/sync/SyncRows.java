package guichet.customers.sync;

import guichet.customers.directory.CustomerDetails;
import guichet.customers.tables.RowProblem;
import guichet.customers.tables.Table;
import guichet.platform.customers.Customer;
import guichet.platform.customers.PostalAddress;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Turns a synchronised row, over what the customer already is, into his new details. */
final class SyncRows {

    private static final Set<String> LEGAL = Set.of(
            "legalperson", "personnemorale", "morale", "entreprise", "societe", "company", "professionnel", "pro");
    private static final Set<String> NATURAL =
            Set.of("naturalperson", "personnephysique", "physique", "particulier", "person", "individu");
    private static final Set<String> PROSPECT = Set.of("prospect", "lead");
    private static final Set<String> CUSTOMER = Set.of("customer", "client", "clients");
    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private SyncRows() {}

    /**
     * The customer's details after the row.
     *
     * @param reseller the reseller he depends on after the row, already resolved from the row's value
     */
    static CustomerDetails details(
            SyncRow row,
            @Nullable Customer existing,
            Map<String, UserId> reps,
            @Nullable CustomerId reseller,
            List<RowProblem> problems) {
        CustomerDetails base = existing == null ? null : CustomerDetails.of(existing);
        Customer.Kind kind = kind(row, base, problems);
        LocalDate birthDate = base == null ? null : base.birthDate();
        if (row.has(SyncField.BIRTH_DATE)) {
            birthDate = date(row, problems);
        }
        UserId rep = base == null ? null : base.salesRep();
        if (row.has(SyncField.SALES_REP)) {
            String email = row.get(SyncField.SALES_REP);
            rep = email == null ? null : reps.get(email.toLowerCase(Locale.ROOT));
            if (email != null && rep == null) {
                CustomerSync.problem(problems, row, SyncField.SALES_REP, "customers.error.salesRep.unknown");
            }
        }
        return new CustomerDetails(
                kind,
                text(row, SyncField.FIRST_NAME, base == null ? null : base.firstName()),
                text(row, SyncField.LAST_NAME, base == null ? null : base.lastName()),
                text(row, SyncField.COMPANY_NAME, base == null ? null : base.companyName()),
                birthDate,
                text(row, SyncField.REGISTRATION_NUMBER, base == null ? null : base.registrationNumber()),
                text(row, SyncField.SEGMENT, base == null ? null : base.segment()),
                contacts(row, SyncField.EMAIL, SyncField.EMAIL_2, base == null ? List.of() : base.emails()),
                contacts(row, SyncField.PHONE, SyncField.PHONE_2, base == null ? List.of() : base.phones()),
                addresses(row, base == null ? List.of() : base.addresses()),
                rep,
                reseller,
                consent(row, SyncField.CONSENT_EMAIL, base != null && base.consentEmail(), problems),
                consent(row, SyncField.CONSENT_SMS, base != null && base.consentSms(), problems),
                consent(row, SyncField.CONSENT_PHONE, base != null && base.consentPhone(), problems),
                row.get(SyncField.EXTERNAL_REF));
    }

    /** The stage after the row: a prospect may become a customer, never the other way. */
    static Customer.Stage stage(SyncRow row, @Nullable Customer existing, List<RowProblem> problems) {
        Customer.Stage current = existing == null ? Customer.Stage.CUSTOMER : existing.stage();
        String value = row.get(SyncField.STAGE);
        if (value == null) {
            return current;
        }
        String key = Table.key(value);
        if (PROSPECT.contains(key)) {
            return existing == null ? Customer.Stage.PROSPECT : current;
        }
        if (CUSTOMER.contains(key)) {
            return Customer.Stage.CUSTOMER;
        }
        CustomerSync.problem(problems, row, SyncField.STAGE, "customers.sync.error.stage");
        return current;
    }

    /** The row's field a details problem belongs to. */
    static SyncField fieldOf(String detailsField) {
        return switch (detailsField) {
            case "firstName" -> SyncField.FIRST_NAME;
            case "lastName" -> SyncField.LAST_NAME;
            case "companyName" -> SyncField.COMPANY_NAME;
            case "birthDate" -> SyncField.BIRTH_DATE;
            case "registrationNumber" -> SyncField.REGISTRATION_NUMBER;
            case "segment" -> SyncField.SEGMENT;
            case "emails" -> SyncField.EMAIL;
            case "phones" -> SyncField.PHONE;
            case "externalRef" -> SyncField.EXTERNAL_REF;
            default -> SyncField.ADDRESS;
        };
    }

    private static Customer.Kind kind(SyncRow row, @Nullable CustomerDetails base, List<RowProblem> problems) {
        String value = row.get(SyncField.KIND);
        if (value != null) {
            String key = Table.key(value);
            if (LEGAL.contains(key)) {
                return Customer.Kind.LEGAL_PERSON;
            }
            if (NATURAL.contains(key)) {
                return Customer.Kind.NATURAL_PERSON;
            }
            CustomerSync.problem(problems, row, SyncField.KIND, "customers.sync.error.kind");
        }
        if (base != null) {
            return base.kind();
        }
        return row.get(SyncField.COMPANY_NAME) != null && row.get(SyncField.LAST_NAME) == null
                ? Customer.Kind.LEGAL_PERSON
                : Customer.Kind.NATURAL_PERSON;
    }

    private static @Nullable String text(SyncRow row, SyncField field, @Nullable String current) {
        return row.has(field) ? row.get(field) : current;
    }

    /** The row's values first, then the others the customer had. */
    private static List<String> contacts(SyncRow row, SyncField main, SyncField second, List<String> current) {
        if (!row.has(main) && !row.has(second)) {
            return current;
        }
        Set<String> values = new LinkedHashSet<>();
        for (SyncField field : List.of(main, second)) {
            String value = row.get(field);
            if (value != null) {
                values.add(value);
            }
        }
        int replaced = (row.has(main) ? 1 : 0) + (row.has(second) ? 1 : 0);
        current.stream().skip(Math.min(replaced, current.size())).forEach(values::add);
        return List.copyOf(values);
    }

    private static List<PostalAddress> addresses(SyncRow row, List<PostalAddress> current) {
        List<SyncField> parts = List.of(SyncField.ADDRESS, SyncField.POSTAL_CODE, SyncField.CITY, SyncField.COUNTRY);
        if (parts.stream().noneMatch(row::has)) {
            return current;
        }
        List<PostalAddress> addresses = new ArrayList<>();
        PostalAddress first = current.isEmpty() ? null : current.getFirst();
        String line1 = text(row, SyncField.ADDRESS, first == null ? null : first.line1());
        if (line1 != null) {
            addresses.add(new PostalAddress(
                    first == null ? null : first.label(),
                    line1,
                    first == null ? null : first.line2(),
                    text(row, SyncField.POSTAL_CODE, first == null ? null : first.postalCode()),
                    text(row, SyncField.CITY, first == null ? null : first.city()),
                    first == null ? null : first.region(),
                    text(row, SyncField.COUNTRY, first == null ? null : first.country())));
        }
        current.stream().skip(1).forEach(addresses::add);
        return addresses;
    }

    private static boolean consent(SyncRow row, SyncField field, boolean current, List<RowProblem> problems) {
        if (!row.has(field)) {
            return current;
        }
        String value = row.raw(field);
        if (CustomerSync.yes(value)) {
            return true;
        }
        if (!value.isBlank() && !CustomerSync.no(value)) {
            CustomerSync.problem(problems, row, field, "customers.import.error.onSale");
        }
        return false;
    }

    private static @Nullable LocalDate date(SyncRow row, List<RowProblem> problems) {
        String value = row.get(SyncField.BIRTH_DATE);
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("^\\d{4}-\\d{2}-\\d{2}$")) {
                return LocalDate.parse(value);
            }
            if (value.matches("^\\d{1,2}/\\d{1,2}/\\d{4}$")) {
                return LocalDate.parse(value, FRENCH_DATE);
            }
            if (value.matches("^\\d{4,5}$")) {
                return EXCEL_EPOCH.plusDays(Long.parseLong(value));
            }
        } catch (DateTimeParseException e) {
            // Reported below, like any other unreadable date.
        }
        CustomerSync.problem(problems, row, SyncField.BIRTH_DATE, "customers.error.birthDate.format");
        return null;
    }
}
