package guichet.customers.consumption;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a customer used and was billed in a month.
 *
 * @param voiceMinutes minutes of calls
 * @param sms text messages sent
 * @param dataMb data used, in megabytes
 * @param billed the amount billed, in the tenant's currency
 */
public record Usage(BigDecimal voiceMinutes, long sms, BigDecimal dataMb, BigDecimal billed) {

    public static final Usage NONE = new Usage(BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    public Usage {
        voiceMinutes = kept(voiceMinutes);
        dataMb = kept(dataMb);
        billed = kept(billed);
        if (voiceMinutes.signum() < 0 || sms < 0 || dataMb.signum() < 0 || billed.signum() < 0) {
            throw new IllegalArgumentException("Usage is never negative");
        }
    }

    /** To the millime, as the ledger keeps it (TypedFigure), so a month read back equals the month imported. */
    private static BigDecimal kept(BigDecimal value) {
        return value.setScale(TypedFigure.DECIMALS, RoundingMode.HALF_UP);
    }
}
