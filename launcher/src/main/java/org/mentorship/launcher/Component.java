package org.mentorship.launcher;

import java.time.Duration;
import java.util.List;

/**
 * One process of the local system: what it needs before it runs, how to run it, how to recognise it again by pid,
 * how to know it serves, and how to ask it to stop. The orchestration ({@link StartSequence}, {@link LocalSystem})
 * knows nothing of PostgreSQL, Kafka or Quarkus beyond this.
 */
interface Component {

    String name();

    /** Components of one stage start together; a stage starts once the previous one is healthy. */
    int stage();

    /** The port status shows and health is checked on. */
    int port();

    /** Every port the process listens on: all must be free before it starts. */
    List<Integer> ports();

    /** Fails fast, before anything starts, if something the component needs is missing (a jar, the Kafka libs). */
    void checkPrerequisites();

    /** One-off work before the process starts: unpack binaries, create or format the data directory. */
    void prepare(Readiness readiness) throws Exception;

    ProcessSpec process();

    /**
     * Strings the process's command line contains, and a recycled pid's would not: the data directory, the
     * component name and home. Checked before any signal is sent.
     */
    List<String> identity();

    StopSignal stopSignal();

    Duration stopTimeout();

    /** Blocks until the component serves (or the readiness gives up). */
    void awaitReady(Readiness readiness) throws Exception;

    /** Work that needs the running process: databases and roles, topics. Idempotent: runs on every start. */
    default void afterReady() throws Exception {}

    /** A cheap health check for status, on a process known to be ours and listening. */
    boolean isHealthy();
}
