package org.mentorship.platform.logging;

import java.util.regex.Pattern;

/**
 * Log lines name people by their ids, never by address or name: logs travel to collectors with other retention and
 * access rules than the databases. A mail server's error text often quotes the recipient's address, so such text
 * is passed through {@link #withoutEmailAddresses} before it is logged.
 */
public final class PersonalData {

    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'(),;:@]+@[^\\s<>\"'(),;:@]+");
    public static final String MASK = "<email>";

    private PersonalData() {}

    /** The text with every e-mail address replaced by {@value #MASK}; null stays null. */
    public static String withoutEmailAddresses(String text) {
        return text == null ? null : EMAIL.matcher(text).replaceAll(MASK);
    }
}
