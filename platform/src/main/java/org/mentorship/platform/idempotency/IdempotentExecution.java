package org.mentorship.platform.idempotency;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.mentorship.platform.problem.PlatformProblems;
import org.mentorship.platform.problem.ProblemException;

/**
 * The Idempotency-Key protocol, inside the transaction of the work: claim the key (insert first), do the work, keep
 * its answer; or, when the key is taken, replay the kept answer of the same request, or refuse another request with
 * 422 idempotency-key-reused. Work that throws rolls the claim back with it, so the key is free again (the client
 * can fix the cause and send it again). Framework-free, so the platform's tests run exactly this on JDBC.
 */
public final class IdempotentExecution {

    /** The connection of the current transaction (in a service: the one the work's JPA session uses). */
    @FunctionalInterface
    public interface Connections {
        <T> T with(SqlWork<T> work) throws SQLException;
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** The answer, and whether it was replayed (true) or is this call's own. */
    public record Outcome(StoredAnswer answer, boolean replayed) {}

    private final IdempotencyRecords records = new IdempotencyRecords();
    private final Duration ttl;

    public IdempotentExecution(Duration ttl) {
        this.ttl = ttl;
    }

    public Outcome run(Connections connections, IdempotentRequest request, Instant now, Supplier<StoredAnswer> work)
            throws SQLException {
        // Twice at most: a row seen as taken may have expired and been deleted before it could be read.
        for (int attempt = 0; attempt < 2; attempt++) {
            if (connections.with(c -> records.claim(c, request, now, now.plus(ttl)))) {
                StoredAnswer answer = work.get();
                connections.with(c -> {
                    records.answer(c, request, answer);
                    return null;
                });
                return new Outcome(answer, false);
            }
            Optional<IdempotencyRecords.Kept> kept =
                    connections.with(c -> records.find(c, request.caller(), request.key()));
            if (kept.isPresent()) {
                return replay(kept.get(), request);
            }
        }
        throw inUse();
    }

    /** Deletes every key expired at {@code now}. */
    public int deleteExpired(Connections connections, Instant now) throws SQLException {
        return connections.with(c -> records.deleteExpired(c, now));
    }

    private static Outcome replay(IdempotencyRecords.Kept kept, IdempotentRequest request) {
        IdempotentRequest first = kept.request();
        if (!first.sameRequestAs(request)) {
            String what =
                    first.method().equals(request.method()) && first.path().equals(request.path())
                            ? "with another body"
                            : "for " + first.method() + " " + first.path();
            throw PlatformProblems.IDEMPOTENCY_KEY_REUSED.with(
                    "This Idempotency-Key was already used " + what + "; use a new key for a new request");
        }
        if (kept.answer() == null) {
            throw inUse();
        }
        return new Outcome(kept.answer(), true);
    }

    private static ProblemException inUse() {
        return PlatformProblems.IDEMPOTENCY_KEY_IN_USE.with(
                "A request with this key is still being processed; send it again");
    }
}
