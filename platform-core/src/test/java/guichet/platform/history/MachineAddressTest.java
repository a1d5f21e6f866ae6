package guichet.platform.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineAddressTest {

    @Test
    void theSameMachineHasOneSpellingWhetherReachedOverIpv4OrIpv6() {
        assertThat(MachineAddress.canonical("0:0:0:0:0:0:0:1")).isEqualTo("127.0.0.1");
        assertThat(MachineAddress.canonical("::1")).isEqualTo("127.0.0.1");
        assertThat(MachineAddress.canonical("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(MachineAddress.canonical("::ffff:10.0.0.5")).isEqualTo("10.0.0.5");
        assertThat(MachineAddress.canonical("0:0:0:0:0:ffff:a00:5")).isEqualTo("10.0.0.5");
    }

    @Test
    void otherIpv6AddressesTakeTheirShortForm() {
        assertThat(MachineAddress.canonical("2001:0DB8:0000:0000:0000:ff00:0042:8329"))
                .isEqualTo("2001:db8::ff00:42:8329");
        assertThat(MachineAddress.canonical("2001:db8:0:1:0:0:0:1")).isEqualTo("2001:db8:0:1::1");
        assertThat(MachineAddress.canonical("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2:3:4:5:6");
        assertThat(MachineAddress.canonical("fe80:0:0:0:0:0:0:0")).isEqualTo("fe80::");
    }

    @Test
    void whatIsNotALiteralAddressIsKeptAsItCameAndNeverLookedUp() {
        assertThat(MachineAddress.canonical("192.0.2.10")).isEqualTo("192.0.2.10");
        assertThat(MachineAddress.canonical("gateway.example")).isEqualTo("gateway.example");
        assertThat(MachineAddress.canonical("unknown")).isEqualTo("unknown");
        assertThat(MachineAddress.canonical(":::zz")).isEqualTo(":::zz");
        assertThat(MachineAddress.canonical(null)).isNull();
    }
}
