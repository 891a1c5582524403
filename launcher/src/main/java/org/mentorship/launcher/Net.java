package org.mentorship.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Port checks: is a port free before start, does something listen on it after. Loopback only. */
final class Net {

    private Net() {}

    /**
     * Free means nobody listens on it (a connection is refused) and we could bind it on all interfaces, which is
     * what the Quarkus services do: either test alone misses a case (a listener on another address, a port
     * bound but not yet listening).
     */
    static boolean isFree(int port) {
        if (isListening(port)) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Waits, at most {@code timeout}, until every port is free. A killed JVM's main thread shows as a zombie (what
     * {@link ProcessTable#isAlive} goes by) while its other threads still hold the sockets for a moment.
     */
    static boolean awaitFree(List<Integer> ports, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!ports.stream().allMatch(Net::isFree)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
