package org.mentorship.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.webhook.config.WebhookConfig;
import org.mentorship.webhook.problem.WebhookProblems;

/**
 * SSRF protection: a partner may not make this service call into the cluster. A target must be https and every
 * address its host resolves to public, checked at registration and again before each attempt (a name may be
 * pointed elsewhere after registering). Redirects are never followed (DeliverySender). Dev mode, the tests and the
 * local run allow private http targets ({@code mentorship.webhooks.allow-private-targets}).
 */
@ApplicationScoped
public class Targets {

    private final boolean allowPrivate;

    @Inject
    Targets(WebhookConfig config) {
        this(config.allowPrivateTargets());
    }

    Targets(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL as a URI, or a 422 target-not-allowed naming why not. */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused("'" + url + "' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || (allowPrivate && scheme.equals("http")))) {
            throw refused("The target must be an https URL with a host: " + url);
        }
        if (uri.getUserInfo() != null) {
            throw refused("The target must not carry credentials in its URL");
        }
        if (!allowPrivate) {
            requirePublic(uri.getHost());
        }
        return uri;
    }

    private static void requirePublic(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw refused("The host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                throw refused("The host " + host + " resolves to " + address.getHostAddress()
                        + ", a loopback, private or link-local address");
            }
        }
    }

    /** Loopback, unspecified, RFC 1918, link-local (cloud metadata), carrier-grade NAT, IPv6 unique-local, multicast. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(WebhookProblems.TARGET_NOT_ALLOWED, detail);
    }
}
