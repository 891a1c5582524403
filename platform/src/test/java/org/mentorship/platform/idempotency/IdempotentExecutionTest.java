package org.mentorship.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.problem.ProblemType;
import org.mentorship.testsupport.Concurrently;
import org.mentorship.testsupport.TestPostgres;

/**
 * The Idempotency-Key protocol on a real PostgreSQL, with the platform's migration, as a service runs it: each call
 * in its own transaction, the work (a row in {@code work}) on the same connection as the key.
 */
class IdempotentExecutionTest {

    private static final Duration TTL = Duration.ofHours(24);
    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    private final TestPostgres postgres = TestPostgres.get();
    private final IdempotentExecution execution = new IdempotentExecution(TTL);
    private final String database = "idem_" + UUID.randomUUID().toString().replace("-", "");
    private String jdbcUrl;

    @BeforeEach
    void database() throws Exception {
        try (Connection admin = postgres.connect();
                Statement st = admin.createStatement()) {
            st.execute("create database " + database);
        }
        jdbcUrl = postgres.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        try (Connection c = connect();
                Statement st = c.createStatement()) {
            st.execute(Files.readString(Path.of("src/main/resources/db/platform/V0_5__idempotency_keys.sql")));
            st.execute("create table work (id uuid primary key, caller varchar(200) not null)");
        }
    }

    @AfterEach
    void drop() throws Exception {
        try (Connection admin = postgres.connect();
                Statement st = admin.createStatement()) {
            st.execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void aRepeatReplaysTheFirstAnswerExactlyAndDoesNothingAgain() throws Exception {
        IdempotentRequest request = request("amy", "k-1", "/api/v1/things", "{\"name\":\"a\"}");

        IdempotentExecution.Outcome first = call(request, T0, Duration.ZERO);
        IdempotentExecution.Outcome again = call(request, T0.plusSeconds(60), Duration.ZERO);

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.answer()).isEqualTo(first.answer());
        assertThat(again.answer().headers())
                .containsEntry("Location", first.answer().headers().get("Location"))
                .containsEntry("Content-Type", List.of("application/json"));
        assertThat(works()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyOrPathIsRefused() throws Exception {
        call(request("amy", "k-1", "/api/v1/things", "{\"name\":\"a\"}"), T0, Duration.ZERO);

        assertThatThrownBy(() -> call(request("amy", "k-1", "/api/v1/things", "{\"name\":\"b\"}"), T0, Duration.ZERO))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.slug()).isEqualTo(IdempotencyKeys.REUSED);
                    assertThat(e.getMessage()).contains("another body");
                });
        assertThatThrownBy(() -> call(request("amy", "k-1", "/api/v1/others", "{\"name\":\"a\"}"), T0, Duration.ZERO))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.slug()).isEqualTo(IdempotencyKeys.REUSED);
                    assertThat(e.getMessage()).contains("POST /api/v1/things");
                });
        assertThat(works()).isEqualTo(1);
    }

    @Test
    void anotherCallersKeyIsAnotherRequest() throws Exception {
        IdempotentRequest amys = request("amy", "k-1", "/api/v1/things", "{}");

        IdempotentExecution.Outcome amy = call(amys, T0, Duration.ZERO);
        IdempotentExecution.Outcome bob = call(amys.by("bob"), T0, Duration.ZERO);

        assertThat(bob.replayed()).isFalse();
        assertThat(bob.answer()).isNotEqualTo(amy.answer());
        assertThat(works()).isEqualTo(2);
    }

    @Test
    void workThatFailsKeepsNoKey() throws Exception {
        IdempotentRequest request = request("amy", "k-1", "/api/v1/things", "{}");
        assertThatThrownBy(() -> inTransaction(c -> execution.run(single(c), request, T0, () -> {
                    work(c, request.caller());
                    throw new ProblemType(409, "term-closed", "Closed", "closed").with("closed");
                })))
                .isInstanceOf(ProblemException.class);

        assertThat(call(request, T0, Duration.ZERO).replayed()).isFalse();
        assertThat(works()).isEqualTo(1);
    }

    @Test
    void keysExpireAndTheCleanupDeletesThem() throws Exception {
        IdempotentRequest request = request("amy", "k-1", "/api/v1/things", "{}");
        call(request, T0, Duration.ZERO);
        call(request("amy", "k-2", "/api/v1/things", "{}"), T0.plus(Duration.ofHours(12)), Duration.ZERO);

        assertThat(deleteExpired(T0.plus(TTL).minusSeconds(1))).isZero();
        assertThat(call(request, T0.plus(TTL).minusSeconds(1), Duration.ZERO).replayed())
                .isTrue();
        assertThat(deleteExpired(T0.plus(TTL))).isEqualTo(1);
        assertThat(keys()).isEqualTo(1);

        // Expired and deleted: the same key is a new request.
        assertThat(call(request, T0.plus(TTL), Duration.ZERO).replayed()).isFalse();
        assertThat(works()).isEqualTo(3);
    }

    @Test
    void anExpiredKeyNotYetDeletedIsNewAgain() throws Exception {
        IdempotentRequest request = request("amy", "k-1", "/api/v1/things", "{}");
        call(request, T0, Duration.ZERO);

        IdempotentExecution.Outcome later =
                call(request("amy", "k-1", "/api/v1/others", "{}"), T0.plus(TTL), Duration.ZERO);

        assertThat(later.replayed()).isFalse();
        assertThat(works()).isEqualTo(2);
    }

    @Test
    void concurrentDuplicatesDoTheWorkOnce() throws Exception {
        IdempotentRequest request = request("amy", "k-1", "/api/v1/things", "{\"name\":\"a\"}");
        List<Callable<IdempotentExecution.Outcome>> twins = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // The work takes a while, so the twins arrive while the first is still in its transaction.
            twins.add(() -> call(request, T0, Duration.ofMillis(300)));
        }

        List<IdempotentExecution.Outcome> outcomes = Concurrently.run(Duration.ofSeconds(30), twins);

        assertThat(works()).isEqualTo(1);
        assertThat(outcomes).filteredOn(o -> !o.replayed()).hasSize(1);
        assertThat(outcomes)
                .extracting(IdempotentExecution.Outcome::answer)
                .containsOnly(outcomes.get(0).answer());
    }

    private IdempotentExecution.Outcome call(IdempotentRequest request, Instant now, Duration workTime)
            throws Exception {
        return inTransaction(c -> execution.run(single(c), request, now, () -> {
            String id = work(c, request.caller());
            sleep(workTime);
            return new StoredAnswer(
                    201,
                    Map.of(
                            "Location",
                            List.of("http://localhost/api/v1/things/" + id),
                            "Content-Type",
                            List.of("application/json")),
                    IdempotentRequest.utf8("{\"id\":\"" + id + "\"}"));
        }));
    }

    private int deleteExpired(Instant now) throws Exception {
        return inTransaction(c -> execution.deleteExpired(single(c), now));
    }

    private static IdempotentRequest request(String caller, String key, String path, String body) {
        return IdempotentRequest.of(caller, key, "POST", path, IdempotentRequest.utf8(body));
    }

    private static IdempotentExecution.Connections single(Connection c) {
        return new IdempotentExecution.Connections() {
            @Override
            public <T> T with(IdempotentExecution.SqlWork<T> work) throws SQLException {
                return work.apply(c);
            }
        };
    }

    private static String work(Connection c, String caller) {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement st = c.prepareStatement("insert into work (id, caller) values (?::uuid, ?)")) {
            st.setString(1, id);
            st.setString(2, caller);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface InTransaction<T> {
        T apply(Connection c) throws Exception;
    }

    private <T> T inTransaction(InTransaction<T> work) throws Exception {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    private long works() throws SQLException {
        return count("work");
    }

    private long keys() throws SQLException {
        return count("idempotent_request");
    }

    private long count(String table) throws SQLException {
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl, postgres.user(), postgres.password());
    }
}
