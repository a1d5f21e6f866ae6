package guichet.customers.sales.web;

import guichet.customers.sales.SaleRequest;
import guichet.platform.ids.CustomerId;
import guichet.platform.ids.ProductId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The seller's sale form, as typed; kept whole when something is rejected. */
public class SaleForm {

    /** An existing customer, or a new account opened on the spot. */
    static final String EXISTING = "existing";

    static final String NEW = "new";

    private String customerMode = NEW;
    private @Nullable String customerQuery;
    private @Nullable String customerId;
    private @Nullable String firstName;
    private @Nullable String lastName;
    private @Nullable String email;
    private @Nullable String password;
    private @Nullable String productQuery;
    private @Nullable String productId;
    private @Nullable String serialNumber;
    private @Nullable String soldOn;
    private boolean ordered;

    boolean isExistingCustomer() {
        return EXISTING.equals(customerMode);
    }

    /** Whether the typed date could not be read (checked before the sale's own rules). */
    boolean soldOnUnreadable() {
        return soldOn != null && !soldOn.isBlank() && date() == null;
    }

    SaleRequest toRequest() {
        return new SaleRequest(
                isExistingCustomer() ? customer() : null,
                firstName,
                lastName,
                email,
                password,
                uuid(productId) == null ? null : new ProductId(uuid(productId)),
                serialNumber,
                date(),
                ordered);
    }

    @Nullable
    CustomerId customer() {
        UUID id = uuid(customerId);
        return id == null ? null : new CustomerId(id);
    }

    @Nullable
    ProductId product() {
        UUID id = uuid(productId);
        return id == null ? null : new ProductId(id);
    }

    private @Nullable LocalDate date() {
        try {
            return soldOn == null || soldOn.isBlank() ? null : LocalDate.parse(soldOn.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getCustomerMode() {
        return customerMode;
    }

    public void setCustomerMode(@Nullable String customerMode) {
        this.customerMode = EXISTING.equals(customerMode) ? EXISTING : NEW;
    }

    public @Nullable String getCustomerQuery() {
        return customerQuery;
    }

    public void setCustomerQuery(@Nullable String customerQuery) {
        this.customerQuery = customerQuery;
    }

    public @Nullable String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(@Nullable String customerId) {
        this.customerId = customerId;
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

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public @Nullable String getProductQuery() {
        return productQuery;
    }

    public void setProductQuery(@Nullable String productQuery) {
        this.productQuery = productQuery;
    }

    public @Nullable String getProductId() {
        return productId;
    }

    public void setProductId(@Nullable String productId) {
        this.productId = productId;
    }

    public @Nullable String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(@Nullable String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public @Nullable String getSoldOn() {
        return soldOn;
    }

    public void setSoldOn(@Nullable String soldOn) {
        this.soldOn = soldOn;
    }

    public boolean isOrdered() {
        return ordered;
    }

    public void setOrdered(boolean ordered) {
        this.ordered = ordered;
    }
}
