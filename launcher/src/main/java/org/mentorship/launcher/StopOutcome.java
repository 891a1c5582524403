package org.mentorship.launcher;

/** What stopping one component found and did; the CLI words its report from it. */
public enum StopOutcome {
    /** No pid file: nothing to do. */
    NOT_RUNNING,
    /** The pid file named a process that is gone; the file was removed. */
    STALE_PID_FILE,
    /** The pid now belongs to another program (pid recycled): left alone, the pid file removed. */
    NOT_OURS,
    /** Stopped by its shutdown signal. */
    STOPPED,
    /** Did not stop within its timeout and was killed. */
    KILLED
}
