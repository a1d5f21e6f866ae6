package guichet.shops.stock.web;

import guichet.platform.modules.Refusal;

/** The movement form, as typed; kept whole when the movement is refused. */
public class MoveForm {

    /** What the form records. */
    public enum Kind {
        RECEIPT,
        TRANSFER,
        RETURN,
        ADJUSTMENT,
        COUNT,
        THRESHOLD
    }

    private String kind = Kind.RECEIPT.name();
    private String site = "";
    private String product = "";
    private String quantity = "1";
    private String toSite = "";
    private String serials = "";
    private String reason = "";

    Kind kind() {
        try {
            return Kind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw new Refusal("shops.stock.refused.kind");
        }
    }

    /** The quantity typed, a whole number (negative for an adjustment down). */
    int quantity() {
        try {
            return Integer.parseInt(quantity.strip());
        } catch (NumberFormatException notANumber) {
            throw new Refusal("shops.stock.refused.quantity");
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site == null ? "" : site;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product == null ? "" : product;
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity == null ? "" : quantity;
    }

    public String getToSite() {
        return toSite;
    }

    public void setToSite(String toSite) {
        this.toSite = toSite == null ? "" : toSite;
    }

    public String getSerials() {
        return serials;
    }

    public void setSerials(String serials) {
        this.serials = serials == null ? "" : serials;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
