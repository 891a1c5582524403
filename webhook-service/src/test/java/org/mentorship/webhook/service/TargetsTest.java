package org.mentorship.webhook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;

/** SSRF protection as production configures it (the tests and the local run allow private targets). */
class TargetsTest {

    private final Targets strict = new Targets(false);

    @Test
    void loopbackPrivateLinkLocalPlainHttpAndCredentialsAreRefused() {
        for (String url : new String[] {
            "https://127.0.0.1/hooks",
            "https://localhost/hooks",
            "https://10.1.2.3/hooks",
            "https://172.16.0.1/hooks",
            "https://192.168.0.10/hooks",
            "https://100.64.0.1/hooks",
            "https://169.254.169.254/latest/meta-data",
            "https://0.0.0.0/hooks",
            "https://[::1]/hooks",
            "https://[fd00::1]/hooks",
            "https://[fe80::1]/hooks",
            "http://93.184.215.14/hooks",
            "https://user:pw@93.184.215.14/hooks",
            "not a url",
            "https:///hooks"
        }) {
            assertThatThrownBy(() -> strict.check(url))
                    .as(url)
                    .isInstanceOfSatisfying(
                            ProblemException.class, e -> assertThat(e.slug()).isEqualTo("target-not-allowed"));
        }
    }

    @Test
    void aPublicHttpsAddressIsAllowed() {
        assertThat(strict.check("https://93.184.215.14/hooks").getHost()).isEqualTo("93.184.215.14");
    }

    @Test
    void theLocalRunAllowsPrivateHttpTargets() {
        assertThat(new Targets(true).check("http://127.0.0.1:9999/hooks").getPort())
                .isEqualTo(9999);
        assertThatThrownBy(() -> new Targets(true).check("ftp://127.0.0.1/hooks"))
                .isInstanceOf(ProblemException.class);
    }
}
