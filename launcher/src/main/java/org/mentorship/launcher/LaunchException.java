package org.mentorship.launcher;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Why the local system could not start (or a component could not be stopped), with the component at fault and
 * the log a person should read next. Unchecked, so the CLI and the system tests can let it fly to the top where
 * its message is the whole story.
 */
public class LaunchException extends RuntimeException {

    private final String component;
    private final Path logFile;

    public LaunchException(String message) {
        this(null, message, null, null);
    }

    public LaunchException(String component, String message, Path logFile, Throwable cause) {
        super(compose(component, message, logFile), cause);
        this.component = component;
        this.logFile = logFile;
    }

    /** The component that failed, if the failure belongs to one. */
    public Optional<String> component() {
        return Optional.ofNullable(component);
    }

    /** The log to read for the details, if the component got as far as writing one. */
    public Optional<Path> logFile() {
        return Optional.ofNullable(logFile);
    }

    /** The last lines of the component's log, the first thing a person would look for. */
    public String logTail(int lines) {
        return logFile == null ? "" : LogFiles.tail(logFile, lines);
    }

    private static String compose(String component, String message, Path logFile) {
        StringBuilder text = new StringBuilder();
        if (component != null) {
            text.append(component).append(": ");
        }
        text.append(message);
        if (logFile != null) {
            text.append(" (log: ").append(logFile).append(')');
        }
        return text.toString();
    }
}
