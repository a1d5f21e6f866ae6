package guichet.prospection.forum;

import guichet.platform.identity.GuichetUser;
import guichet.platform.ids.UserId;
import guichet.prospection.ProspectionModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who writes on the forum or moderates it.
 *
 * @param user his account
 * @param name his name as the forum shows it
 * @param staff whether he is one of the tenant's staff (never limited nor held)
 * @param moderator whether he may moderate
 * @param clientAddress the SHA-256 of the address his request came from, for the per-address limit (the address
 *     itself is never stored)
 */
public record Poster(UserId user, String name, boolean staff, boolean moderator, String clientAddress) {

    public static Poster of(GuichetUser user, String clientAddress) {
        return new Poster(
                user.id(),
                user.displayName(),
                user.isStaff(),
                user.can(ProspectionModule.FORUM_MODERATE),
                hashed(clientAddress));
    }

    /** The address as the forum keeps it: its SHA-256, in hexadecimal. */
    static String hashed(String address) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
