package guichet.customers.directory.web;

import guichet.customers.directory.CustomerDetails;
import guichet.platform.customers.Customer;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.UserId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The customer form, as typed; kept whole when a field is rejected. */
public class CustomerForm {

    /** Slots the form offers for e-mails, phones and addresses beyond those the customer has. */
    private static final int SLOTS = 2;

    private String kind = Customer.Kind.NATURAL_PERSON.name();
    private String stage = Customer.Stage.CUSTOMER.name();
    private @Nullable String firstName;
    private @Nullable String lastName;
    private @Nullable String companyName;
    private @Nullable String birthDate;
    private @Nullable String registrationNumber;
    private @Nullable String segment;
    private List<String> emails = new ArrayList<>();
    private List<String> phones = new ArrayList<>();
    private List<AddressForm> addresses = new ArrayList<>();
    private @Nullable String salesRep;
    private @Nullable String resellerNumber;
    private boolean consentEmail;
    private boolean consentSms;
    private boolean consentPhone;
    private @Nullable String externalRef;
    private boolean confirmed;

    static CustomerForm of(Customer customer, @Nullable String resellerNumber) {
        CustomerForm form = new CustomerForm();
        form.kind = customer.kind().name();
        form.stage = customer.stage().name();
        form.firstName = customer.firstName();
        form.lastName = customer.lastName();
        form.companyName = customer.companyName();
        form.birthDate =
                customer.birthDate() == null ? null : customer.birthDate().toString();
        form.registrationNumber = customer.registrationNumber();
        form.segment = customer.segment();
        form.emails = new ArrayList<>(customer.emails());
        form.phones = new ArrayList<>(customer.phones());
        form.addresses = new ArrayList<>(
                customer.addresses().stream().map(AddressForm::of).toList());
        form.salesRep = customer.salesRep().map(r -> r.value().toString()).orElse(null);
        form.resellerNumber = resellerNumber;
        form.consentEmail = customer.consentsToEmail();
        form.consentSms = customer.consentsToSms();
        form.consentPhone = customer.consentsToPhone();
        form.externalRef = customer.externalRef().orElse(null);
        return form.withSlots();
    }

    /** Adds empty slots so that one more e-mail, phone and address can be typed. */
    CustomerForm withSlots() {
        while (emails.size() < Math.max(SLOTS, countFilled(emails) + 1)) {
            emails.add("");
        }
        while (phones.size() < Math.max(SLOTS, countFilled(phones) + 1)) {
            phones.add("");
        }
        while (addresses.size()
                < Math.max(1, addresses.stream().filter(a -> !a.isBlank()).count() + 1)) {
            addresses.add(new AddressForm());
        }
        return this;
    }

    boolean isCompany() {
        return Customer.Kind.LEGAL_PERSON.name().equals(kind);
    }

    Customer.Stage chosenStage() {
        return Customer.Stage.PROSPECT.name().equals(stage) ? Customer.Stage.PROSPECT : Customer.Stage.CUSTOMER;
    }

    /** Checks what the details record cannot: the formats of the date and of the ids typed. */
    void validate(Errors errors) {
        if (birthDate != null && !birthDate.isBlank() && date() == null) {
            errors.rejectValue("birthDate", "customers.error.birthDate.format");
        }
        if (salesRep != null && !salesRep.isBlank() && uuid(salesRep) == null) {
            errors.rejectValue("salesRep", "customers.error.salesRep.unknown");
        }
        for (int i = 0; i < addresses.size(); i++) {
            addresses.get(i).validate(errors, "addresses[" + i + "]");
        }
    }

    /** Puts the directory's problems on the form's fields. */
    static void reject(Errors errors, Map<String, String> problems) {
        problems.forEach((field, key) -> {
            String target = switch (field) {
                case "emails" -> "emails[0]";
                case "phones" -> "phones[0]";
                case "reseller" -> "resellerNumber";
                case "customer" -> "lastName";
                default -> field;
            };
            errors.rejectValue(target, key);
        });
    }

    CustomerDetails toDetails(@Nullable CustomerId reseller) {
        return new CustomerDetails(
                isCompany() ? Customer.Kind.LEGAL_PERSON : Customer.Kind.NATURAL_PERSON,
                firstName,
                lastName,
                companyName,
                date(),
                registrationNumber,
                segment,
                emails,
                phones,
                addresses.stream()
                        .filter(a -> !a.isBlank())
                        .map(AddressForm::toAddress)
                        .toList(),
                salesRep == null ? null : uuid(salesRep) == null ? null : new UserId(uuid(salesRep)),
                reseller,
                consentEmail,
                consentSms,
                consentPhone,
                externalRef);
    }

    private @Nullable LocalDate date() {
        try {
            return birthDate == null || birthDate.isBlank() ? null : LocalDate.parse(birthDate.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable UUID uuid(String value) {
        try {
            return value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long countFilled(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).count();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = Customer.Kind.LEGAL_PERSON.name().equals(kind) ? kind : Customer.Kind.NATURAL_PERSON.name();
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = Customer.Stage.PROSPECT.name().equals(stage) ? stage : Customer.Stage.CUSTOMER.name();
    }

    public @Nullable String getFirstName() {
        return firstName;
    }

    public void setFirstName(@Nullable String firstName) {
        this.firstName = firstName;
    }

    public @Nullable String getLastName() {
        return lastName;
    }

    public void setLastName(@Nullable String lastName) {
        this.lastName = lastName;
    }

    public @Nullable String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(@Nullable String companyName) {
        this.companyName = companyName;
    }

    public @Nullable String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(@Nullable String birthDate) {
        this.birthDate = birthDate;
    }

    public @Nullable String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(@Nullable String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public @Nullable String getSegment() {
        return segment;
    }

    public void setSegment(@Nullable String segment) {
        this.segment = segment;
    }

    public List<String> getEmails() {
        return emails;
    }

    public void setEmails(@Nullable List<String> emails) {
        this.emails = emails == null ? new ArrayList<>() : new ArrayList<>(emails);
    }

    public List<String> getPhones() {
        return phones;
    }

    public void setPhones(@Nullable List<String> phones) {
        this.phones = phones == null ? new ArrayList<>() : new ArrayList<>(phones);
    }

    public List<AddressForm> getAddresses() {
        return addresses;
    }

    public void setAddresses(@Nullable List<AddressForm> addresses) {
        this.addresses = addresses == null ? new ArrayList<>() : new ArrayList<>(addresses);
    }

    public @Nullable String getSalesRep() {
        return salesRep;
    }

    public void setSalesRep(@Nullable String salesRep) {
        this.salesRep = salesRep;
    }

    public @Nullable String getResellerNumber() {
        return resellerNumber;
    }

    public void setResellerNumber(@Nullable String resellerNumber) {
        this.resellerNumber = resellerNumber;
    }

    public boolean isConsentEmail() {
        return consentEmail;
    }

    public void setConsentEmail(boolean consentEmail) {
        this.consentEmail = consentEmail;
    }

    public boolean isConsentSms() {
        return consentSms;
    }

    public void setConsentSms(boolean consentSms) {
        this.consentSms = consentSms;
    }

    public boolean isConsentPhone() {
        return consentPhone;
    }

    public void setConsentPhone(boolean consentPhone) {
        this.consentPhone = consentPhone;
    }

    public @Nullable String getExternalRef() {
        return externalRef;
    }

    public void setExternalRef(@Nullable String externalRef) {
        this.externalRef = externalRef;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
