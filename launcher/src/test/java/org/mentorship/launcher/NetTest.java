package org.mentorship.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A restart after kill -9 waits for the killed process's sockets to close, and no longer than it must. */
class NetTest {

    @Test
    void waitsUntilAHeldPortIsReleased() throws Exception {
        ServerSocket held = new ServerSocket();
        held.bind(new InetSocketAddress(0));
        int port = held.getLocalPort();
        CompletableFuture.runAsync(
                () -> {
                    try {
                        held.close();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                CompletableFuture.delayedExecutor(400, TimeUnit.MILLISECONDS));

        long started = System.nanoTime();
        assertTrue(Net.awaitFree(List.of(port), Duration.ofSeconds(5)));
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(300), "returned before the release");
    }

    @Test
    void givesUpOnAPortThatStaysTaken() throws Exception {
        try (ServerSocket held = new ServerSocket()) {
            held.bind(new InetSocketAddress(0));
            assertFalse(Net.awaitFree(List.of(held.getLocalPort()), Duration.ofMillis(300)));
        }
    }
}
