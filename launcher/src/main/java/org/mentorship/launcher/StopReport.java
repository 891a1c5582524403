package org.mentorship.launcher;

import java.util.OptionalLong;

/** What stopping one component did, with the pid its pid file named (if any). */
public record StopReport(String component, OptionalLong pid, StopOutcome outcome) {}
