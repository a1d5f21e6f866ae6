package guichet.shops.referential;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A partner company (« entité », seed 000) providing services through the access kiosks, through its issuing
 * structures.
 */
@Entity
@Table(name = "shp_partner")
public class Partner {

    @Id
    private UUID id;

    private String code;
    private String name;
    private Instant createdAt;

    @Version
    private int version;

    protected Partner() {}

    Partner(String code, String name, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    void describe(String newCode, String newName) {
        this.code = newCode;
        this.name = newName;
    }
}
