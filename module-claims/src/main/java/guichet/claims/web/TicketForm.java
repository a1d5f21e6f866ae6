package guichet.claims.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new ticket as the staff, the counter agent or the customer types it. {@code find} is what was typed to find the
 * customer; {@code customer} the one chosen among the matches. Kept whole when refused, so nothing typed is lost.
 */
public class TicketForm {

    private String title = "";
    private String description = "";
    private @Nullable String type;
    private @Nullable String priority;
    private @Nullable UUID customer;
    private String find = "";
    private @Nullable UUID sale;
    private @Nullable UUID site;
    private @Nullable UUID product;
    private List<UUID> assignees = new ArrayList<>();
    private String note = "";
    private @Nullable UUID canned;

    public String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title == null ? "" : title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description == null ? "" : description;
    }

    public @Nullable String getType() {
        return type;
    }

    public void setType(@Nullable String type) {
        this.type = type;
    }

    public @Nullable String getPriority() {
        return priority;
    }

    public void setPriority(@Nullable String priority) {
        this.priority = priority;
    }

    public @Nullable UUID getCustomer() {
        return customer;
    }

    public void setCustomer(@Nullable UUID customer) {
        this.customer = customer;
    }

    public String getFind() {
        return find;
    }

    public void setFind(@Nullable String find) {
        this.find = find == null ? "" : find;
    }

    /** The agency a counter demand is recorded for, when the user chooses it (an administrator without one). */
    public @Nullable UUID getSite() {
        return site;
    }

    public void setSite(@Nullable UUID site) {
        this.site = site;
    }

    public @Nullable UUID getSale() {
        return sale;
    }

    public void setSale(@Nullable UUID sale) {
        this.sale = sale;
    }

    public @Nullable UUID getProduct() {
        return product;
    }

    public void setProduct(@Nullable UUID product) {
        this.product = product;
    }

    public List<UUID> getAssignees() {
        return assignees;
    }

    public void setAssignees(@Nullable List<UUID> assignees) {
        this.assignees = assignees == null ? new ArrayList<>() : assignees;
    }

    public String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note == null ? "" : note;
    }

    public @Nullable UUID getCanned() {
        return canned;
    }

    public void setCanned(@Nullable UUID canned) {
        this.canned = canned;
    }
}
