package guichet.platform.history;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One spelling per machine in the history: the same computer reached over IPv6 ({@code 0:0:0:0:0:0:0:1}, {@code ::1})
 * and IPv4 ({@code 127.0.0.1}) is shown as one address, an IPv4 address written as IPv6 ({@code ::ffff:10.0.0.5}) as
 * IPv4, and other IPv6 addresses in their short form (RFC 5952). Only literal addresses are read, never looked up; any
 * other text is kept as it came.
 */
final class MachineAddress {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final String LOOPBACK = "127.0.0.1";

    private MachineAddress() {}

    static @Nullable String canonical(@Nullable String address) {
        if (address == null || !IPV6_LITERAL.matcher(address.strip()).matches()) {
            return address;
        }
        InetAddress parsed;
        try {
            // A literal: InetAddress reads it without asking any name server.
            parsed = InetAddress.getByName(address.strip());
        } catch (UnknownHostException unreadable) {
            return address;
        }
        if (parsed.isLoopbackAddress()) {
            return LOOPBACK;
        }
        if (parsed instanceof Inet4Address) {
            return parsed.getHostAddress();
        }
        return shortForm((Inet6Address) parsed);
    }

    /** The eight groups without leading zeros, the longest run of two or more zero groups written {@code ::}. */
    private static String shortForm(Inet6Address address) {
        byte[] bytes = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
