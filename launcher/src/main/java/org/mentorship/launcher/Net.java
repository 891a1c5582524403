package org.mentorship.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

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

    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
