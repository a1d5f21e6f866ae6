package guichet.quotes.request.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The « Demander un devis » form, the customer's and the staff's: catalogue items found by a search (kept across
 * searches, each with its quantity), free wishes one per line, a message, and an optional appointment.
 */
public class RequestForm {

    private @Nullable String q;
    private List<Row> rows = new ArrayList<>();
    private @Nullable String wanted;
    private @Nullable String message;
    private @Nullable String appointment;
    private @Nullable UUID site;
    private @Nullable String wishedAt;
    private @Nullable String ticket;
    private @Nullable String customer;

    /** A catalogue item offered by the search: chosen when its quantity is more than zero. */
    public static class Row {
        private @Nullable String ref;
        private @Nullable String label;
        private @Nullable Integer quantity;

        public Row() {}

        Row(String ref, String label, int quantity) {
            this.ref = ref;
            this.label = label;
            this.quantity = quantity;
        }

        public @Nullable String getRef() {
            return ref;
        }

        public void setRef(@Nullable String ref) {
            this.ref = ref;
        }

        public @Nullable String getLabel() {
            return label;
        }

        public void setLabel(@Nullable String label) {
            this.label = label;
        }

        public @Nullable Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(@Nullable Integer quantity) {
            this.quantity = quantity;
        }

        boolean chosen() {
            return ref != null && quantity != null && quantity > 0;
        }
    }

    public @Nullable String getQ() {
        return q;
    }

    public void setQ(@Nullable String q) {
        this.q = q;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public @Nullable String getWanted() {
        return wanted;
    }

    public void setWanted(@Nullable String wanted) {
        this.wanted = wanted;
    }

    public @Nullable String getMessage() {
        return message;
    }

    public void setMessage(@Nullable String message) {
        this.message = message;
    }

    public @Nullable String getAppointment() {
        return appointment;
    }

    public void setAppointment(@Nullable String appointment) {
        this.appointment = appointment;
    }

    public @Nullable UUID getSite() {
        return site;
    }

    public void setSite(@Nullable UUID site) {
        this.site = site;
    }

    public @Nullable String getWishedAt() {
        return wishedAt;
    }

    public void setWishedAt(@Nullable String wishedAt) {
        this.wishedAt = wishedAt;
    }

    public @Nullable String getTicket() {
        return ticket;
    }

    public void setTicket(@Nullable String ticket) {
        this.ticket = ticket;
    }

    public @Nullable String getCustomer() {
        return customer;
    }

    public void setCustomer(@Nullable String customer) {
        this.customer = customer;
    }
}
