package guichet.platform.customers;

import guichet.platform.ids.CustomerId;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest value of numbers modules keep about a customer (the amount billed in his latest month of consumption),
 * which the customer list and its saved filters band him by. The module keeps the history; this keeps, per gauge, the
 * value of the latest day it is about, so importing an older month never replaces a newer one's.
 */
@Service
public class CustomerGauges {

    /** The amount billed in the customer's latest month of consumption, in the tenant's currency. */
    public static final String BILLED = "billed";

    /** The data used in the customer's latest month of consumption, in megabytes. */
    public static final String DATA = "data";

    private final EntityManager entities;

    CustomerGauges(EntityManager entities) {
        this.entities = entities;
    }

    /** Keeps a gauge's value as of a day, unless a value as of a later day is kept already. */
    @Transactional
    public void record(CustomerId customer, String gauge, BigDecimal value, LocalDate asOf) {
        entities.createNativeQuery("insert into core_customer_gauge (customer_id, gauge, value, as_of)"
                        + " values (:customer, :gauge, :value, :asOf) on conflict (customer_id, gauge)"
                        + " do update set value = excluded.value, as_of = excluded.as_of"
                        + " where core_customer_gauge.as_of <= excluded.as_of")
                .setParameter("customer", customer.value())
                .setParameter("gauge", gauge)
                .setParameter("value", value)
                .setParameter("asOf", asOf)
                .executeUpdate();
    }
}
