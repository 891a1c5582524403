package org.mentorship.gateway.limit;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.mentorship.gateway.config.GatewayConfig;

/**
 * The address a request comes from, as the rate limit and the services see it. The peer of the connection, unless
 * that peer is one of the proxies ops named ({@code mentorship.gateway.trusted-proxies}, default none): then
 * {@code X-Forwarded-For} is read from the right, and the first address that is not a trusted proxy is the client.
 * Whatever a client writes at the left of the header itself is never reached, so it cannot pose as another address
 * (the left-most value, which Quarkus' own forwarding takes, is the client's to choose).
 */
@ApplicationScoped
public class ClientAddress {

    private final List<IpSubnetFilterRule> trusted = new ArrayList<>();

    ClientAddress(GatewayConfig config) {
        config.trustedProxies().ifPresent(proxies -> proxies.forEach(proxy -> trusted.add(rule(proxy.trim()))));
    }

    public String of(HttpServerRequest request) {
        // The connection's own peer: request.remoteAddress() may already be what a forwarding header said.
        SocketAddress peer = request.connection() == null
                ? request.remoteAddress()
                : request.connection().remoteAddress();
        String client = peer == null ? "unknown" : peer.hostAddress();
        if (trusted.isEmpty() || !isTrusted(client)) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String header : request.headers().getAll("X-Forwarded-For")) {
            for (String hop : header.split(",")) {
                hops.add(hop.trim());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!NetUtil.isValidIpV4Address(hop) && !NetUtil.isValidIpV6Address(hop)) {
                // Nothing left of a malformed entry can be believed: the last trusted hop is the client.
                break;
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            return false;
        }
        try {
            InetSocketAddress socket = new InetSocketAddress(InetAddress.getByAddress(bytes), 0);
            return trusted.stream().anyMatch(rule -> rule.matches(socket));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** {@code 10.0.0.0/8}, {@code fd00::/8} or a single address. */
    static IpSubnetFilterRule rule(String proxy) {
        int slash = proxy.indexOf('/');
        String address = slash < 0 ? proxy : proxy.substring(0, slash);
        if (!NetUtil.isValidIpV4Address(address) && !NetUtil.isValidIpV6Address(address)) {
            throw new IllegalArgumentException("mentorship.gateway.trusted-proxies: not an address or CIDR: " + proxy);
        }
        int prefix = slash < 0
                ? (NetUtil.isValidIpV4Address(address) ? 32 : 128)
                : Integer.parseInt(proxy.substring(slash + 1));
        return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
    }
}
