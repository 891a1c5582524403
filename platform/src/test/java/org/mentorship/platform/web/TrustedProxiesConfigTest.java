package org.mentorship.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The default trusted proxies of every service are literal addresses or CIDRs: an entry Quarkus cannot read as an
 * address is taken for a host name and looked up on every request (60 ms each here, and concurrent clients
 * stalled).
 */
class TrustedProxiesConfigTest {

    private static final Pattern DEFAULT = Pattern.compile("\\$\\{MENTORSHIP_TRUSTED_PROXIES:([^}]*)}");
    private static final Pattern IPV4_OR_CIDR = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?");
    private static final Pattern IPV6_CIDR = Pattern.compile("[0-9a-fA-F:]+/\\d{1,3}");

    @Test
    void theDefaultsAreAddressesOrCidrsNeverNames() throws IOException {
        Properties shared = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            shared.load(in);
        }
        Matcher m = DEFAULT.matcher(shared.getProperty("quarkus.http.proxy.trusted-proxies"));
        assertThat(m.matches()).isTrue();
        List<String> entries = List.of(m.group(1).split(","));
        assertThat(entries)
                .isNotEmpty()
                .allSatisfy(
                        entry -> assertThat(IPV4_OR_CIDR.matcher(entry.trim()).matches()
                                        || IPV6_CIDR.matcher(entry.trim()).matches())
                                .as(entry + " is an address or a CIDR")
                                .isTrue());
    }
}
