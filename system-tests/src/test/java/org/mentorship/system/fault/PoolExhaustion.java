package org.mentorship.system.fault;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * A service whose every pooled connection is taken, as under a burst of slow requests: a session from outside
 * holds an ACCESS EXCLUSIVE lock on a table, then more concurrent reads of that table than the service's pool has
 * connections are sent to the service itself (not through the gateway, whose rate limit would cut the burst).
 * Each read takes a connection and waits on the lock, so the service's other work (its consumers, its jobs) finds
 * no connection until the acquisition timeout: Agroal's "Sorry, acquisition timeout!". Closing releases the lock;
 * the reads then finish and the connections come back.
 */
public final class PoolExhaustion implements AutoCloseable {

    private final Inboxes.Locks lock;
    private final List<CompletableFuture<HttpResponse<String>>> reads = new ArrayList<>();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Instant released;

    private PoolExhaustion(Inboxes.Locks lock) {
        this.lock = lock;
    }

    /**
     * @param table a table every {@code readUrl} request reads
     * @param requests more than the service's pool size (16 by default)
     */
    public static PoolExhaustion start(
            Inboxes inboxes, String service, String table, String readUrl, String token, int requests)
            throws SQLException {
        Inboxes.Locks lock = new Inboxes.Locks();
        lock.lock(inboxes.connect(service), "lock table " + table + " in access exclusive mode");
        PoolExhaustion exhaustion = new PoolExhaustion(lock);
        for (int i = 0; i < requests; i++) {
            HttpRequest read = HttpRequest.newBuilder(URI.create(readUrl))
                    .timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build();
            exhaustion.reads.add(exhaustion.client.sendAsync(read, HttpResponse.BodyHandlers.ofString()));
        }
        return exhaustion;
    }

    /** Releases the lock (once) and returns when; the blocked reads then complete. */
    public Instant release() {
        if (released == null) {
            lock.close();
            released = Instant.now();
        }
        return released;
    }

    /** The HTTP statuses the burst got, by status, once every read has finished (e.g. {200=16, 500=8}). */
    public Map<Integer, Integer> outcomes(Duration timeout) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (CompletableFuture<HttpResponse<String>> read : reads) {
            int status;
            try {
                status = read.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                        .statusCode();
            } catch (Exception e) {
                status = -1;
            }
            statuses.merge(status, 1, Integer::sum);
        }
        return statuses;
    }

    @Override
    public void close() {
        release();
        reads.forEach(r -> r.cancel(true));
    }
}
