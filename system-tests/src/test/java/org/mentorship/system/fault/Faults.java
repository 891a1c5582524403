package org.mentorship.system.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorship.launcher.ClockReading;
import org.mentorship.launcher.Components;
import org.mentorship.launcher.LocalSystem;

/**
 * Real faults injected into a running {@link LocalSystem}, each measured: a service killed with SIGKILL and
 * started again, PostgreSQL stopped and started, Kafka stopped and started, a service's connection pool
 * exhausted. Each returns a {@link Recovery} with its figures; recovery means "the consumers apply events again",
 * seen in their inboxes.
 */
public final class Faults {

    /** Long enough for the figures to show a slow failover (a dead member's 45 s session timeout) as a number. */
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(120);

    /** Something the test does while the fault lasts (submit evaluations, onboard a mentee). */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private final LocalSystem system;
    private final Inboxes inboxes;
    private final List<Recovery> recoveries = new ArrayList<>();

    public Faults(LocalSystem system) {
        this.system = system;
        this.inboxes = new Inboxes(system);
    }

    public Inboxes inboxes() {
        return inboxes;
    }

    /**
     * kill -9 of one service, {@code whileDown} (events for it queue on Kafka meanwhile), then the launcher starts it
     * again and its program clock is moved to the others' (a new JVM starts at real time). Figures: restart to
     * healthy, healthy to the first event applied, and restart (process launched) to the first event applied.
     */
    public Recovery killAndRestart(String service, Action whileDown) throws Exception {
        Instant killed = Instant.now();
        system.kill(service);
        long baseline = inboxes.applied(service);
        whileDown.run();
        Instant launched = Instant.now();
        system.only(service).start();
        Instant ready = Instant.now();
        alignClock(service);
        Instant first = inboxes.awaitAppliedMoreThan(service, baseline, RECOVERY_TIMEOUT);
        return record(new Recovery("kill -9 " + service)
                .figure("down", Duration.between(killed, launched))
                .figure("restart->healthy", Duration.between(launched, ready))
                .figure("healthy->first event applied", Duration.between(ready, first))
                .figure("restart->first event applied", Duration.between(launched, first)));
    }

    /**
     * Kafka stopped for {@code outage} (from the stop signal to the start), {@code whileDown} meanwhile; then each
     * of {@code consumers} must apply an event again. Figure per consumer: Kafka healthy to its first event.
     */
    public Recovery kafkaOutage(Duration outage, Collection<String> consumers, Action whileDown) throws Exception {
        Map<String, Long> baselines = baselines(consumers);
        LocalSystem kafka = system.only(Components.KAFKA);
        Instant stopped = Instant.now();
        kafka.stop();
        whileDown.run();
        sleepUntil(stopped.plus(outage));
        Instant restarted = Instant.now();
        kafka.start();
        Instant ready = Instant.now();
        Recovery recovery = new Recovery("Kafka stopped " + outage.toSeconds() + " s")
                .figure("outage", Duration.between(stopped, restarted))
                .figure("start->healthy", Duration.between(restarted, ready));
        awaitConsumers(recovery, baselines, ready);
        return record(recovery);
    }

    /**
     * PostgreSQL stopped for {@code outage} while records are mid-processing: first the inbox of each of
     * {@code consumers} is locked from outside, {@code whileBlocked} produces events, and once every consumer waits on
     * its lock (it has a record in hand) the server is stopped ("fast" shutdown: their sessions are cut). After the
     * start no service is restarted: each consumer must apply an event again by itself.
     */
    public Recovery databaseOutage(Duration outage, Collection<String> consumers, Action whileBlocked)
            throws Exception {
        Map<String, Long> baselines = baselines(consumers);
        LocalSystem postgres = system.only(Components.POSTGRES);
        Map<String, Long> blocked = new LinkedHashMap<>();
        try (Inboxes.Locks locks = inboxes.lockInboxes(consumers)) {
            whileBlocked.run();
            Instant deadline = Instant.now().plusSeconds(30);
            for (String consumer : consumers) {
                long waiting;
                while ((waiting = inboxes.waitingForLocks(consumer)) == 0
                        && Instant.now().isBefore(deadline)) {
                    Inboxes.sleep(Duration.ofMillis(100));
                }
                blocked.put(consumer, waiting);
            }
            log("consumers waiting on their locked inbox before PostgreSQL stops: %s", blocked);
            Instant stopped = Instant.now();
            postgres.stop();
            locks.close();
            sleepUntil(stopped.plus(outage));
            Instant restarted = Instant.now();
            postgres.start();
            Instant ready = Instant.now();
            Recovery recovery = new Recovery("PostgreSQL stopped " + outage.toSeconds() + " s")
                    .figure("outage", Duration.between(stopped, restarted))
                    .figure("start->healthy", Duration.between(restarted, ready));
            awaitConsumers(recovery, baselines, ready);
            return record(recovery);
        }
    }

    /**
     * The service's pool ({@code poolSize} connections) exhausted by {@code requests} concurrent reads (see
     * {@link PoolExhaustion}), then {@code whileExhausted}, and the pool stays exhausted {@code hold} longer
     * (events for the service: its consumer finds no connection); then the lock goes and the service must apply
     * them. Figure: release to the first event applied.
     */
    public Recovery poolExhaustion(
            String service,
            String table,
            String readUrl,
            String token,
            int poolSize,
            int requests,
            Duration hold,
            Action whileExhausted)
            throws Exception {
        long baseline = inboxes.applied(service);
        Instant started = Instant.now();
        try (PoolExhaustion exhaustion = PoolExhaustion.start(inboxes, service, table, readUrl, token, requests)) {
            // Every read must hold a connection and wait on the lock before the fault counts as real.
            long waiting = 0;
            for (Instant until = Instant.now().plusSeconds(30);
                    waiting < poolSize && Instant.now().isBefore(until);
                    Inboxes.sleep(Duration.ofMillis(200))) {
                waiting = inboxes.waitingForLocks(service);
            }
            log("%s: %d sessions wait on the locked %s table (pool of %d)", service, waiting, table, poolSize);
            if (waiting < poolSize) {
                throw new AssertionError(service + "'s pool was not exhausted: only " + waiting + " of " + poolSize
                        + " connections wait on the lock");
            }
            whileExhausted.run();
            // Held from the moment the events are out, so a consumer that gives up after a few acquisition timeouts
            // does so inside the fault (timed from the start, a slow burst left too little of it).
            Inboxes.sleep(hold);
            Instant released = exhaustion.release();
            Instant first = inboxes.awaitAppliedMoreThan(service, baseline, RECOVERY_TIMEOUT);
            Map<Integer, Integer> answers = exhaustion.outcomes(Duration.ofSeconds(30));
            log("%s: the burst of %d reads answered %s", service, requests, answers);
            Recovery recovery = record(new Recovery(service + " pool exhausted")
                    .figure("exhausted", Duration.between(started, released))
                    .figure("release->first event applied", Duration.between(released, first)));
            // A read that found no connection is told to retry (503 database-unavailable), never answered 500.
            if (!java.util.Set.of(200, 503).containsAll(answers.keySet())) {
                throw new AssertionError(service + "'s reads during the exhausted pool answered " + answers
                        + "; only 200 and 503 database-unavailable are right");
            }
            return recovery;
        }
    }

    public List<Recovery> recoveries() {
        return List.copyOf(recoveries);
    }

    /** The table of every fault's figures, for the failsafe report. */
    public void report() {
        log("recovery times:");
        recoveries.forEach(r -> log("  %s", r));
    }

    private void awaitConsumers(Recovery recovery, Map<String, Long> baselines, Instant since) {
        for (Map.Entry<String, Long> consumer : baselines.entrySet()) {
            Instant first = inboxes.awaitAppliedMoreThan(consumer.getKey(), consumer.getValue(), RECOVERY_TIMEOUT);
            recovery.figure("healthy->" + consumer.getKey() + " applies", Duration.between(since, first));
        }
    }

    private Map<String, Long> baselines(Collection<String> services) {
        Map<String, Long> baselines = new LinkedHashMap<>();
        services.forEach(s -> baselines.put(s, inboxes.applied(s)));
        return baselines;
    }

    /** A restarted service's clock starts at real time: move it to where the others are. */
    private void alignClock(String service) {
        List<ClockReading> clocks = system.clock();
        Duration ahead = clocks.stream()
                .filter(c -> !c.service().equals(service))
                .map(ClockReading::offset)
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
        Duration own = clocks.stream()
                .filter(c -> c.service().equals(service))
                .map(ClockReading::offset)
                .findFirst()
                .orElse(Duration.ZERO);
        if (ahead.compareTo(own) > 0) {
            system.only(service).advanceClock(ahead.minus(own));
        }
    }

    private Recovery record(Recovery recovery) {
        recoveries.add(recovery);
        log("%s", recovery);
        return recovery;
    }

    private static void sleepUntil(Instant when) {
        Duration left = Duration.between(Instant.now(), when);
        if (!left.isNegative()) {
            Inboxes.sleep(left);
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[fault] " + format + "%n", args);
    }
}
