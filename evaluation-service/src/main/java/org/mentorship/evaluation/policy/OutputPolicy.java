package org.mentorship.evaluation.policy;

import static org.mentorship.evaluation.problem.EvaluationProblems.FINAL_REPORT_INVALID;
import static org.mentorship.evaluation.problem.EvaluationProblems.OUTPUT_MISSING;
import static org.mentorship.evaluation.problem.EvaluationProblems.OUTPUT_WINDOW_CLOSED;
import static org.mentorship.evaluation.problem.EvaluationProblems.OUTPUT_WINDOW_NOT_OPEN;
import static org.mentorship.evaluation.problem.EvaluationProblems.WORK_PRODUCT_URL_INVALID;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationStatus;

/**
 * The program output (issue 19, item 5): at the final evaluation the mentee submits a link to the work product and a
 * short final report, and a mentor of the mentorship confirms it.
 * <ol>
 * <li>the work product is an absolute https URL with a host, at most {@value #MAX_URL} characters;</li>
 * <li>the final report is not blank and at most {@value #MAX_REPORT} characters;</li>
 * <li>the window is the final evaluation's: it opens with that evaluation's submission window
 * ({@link EvaluationSchedule#WINDOW} before its due instant) and closes when the final evaluation is submitted
 * (a late final evaluation keeps it open; a reopened one opens it again). The mentorship must be open;</li>
 * <li>a mentor confirms in the same window, and only an output that was submitted;</li>
 * <li>changing a confirmed output takes its confirmation away: the mentor confirms again;</li>
 * <li>MentorshipCompleted carries the output only when it is confirmed.</li>
 * </ol>
 * A confirmed output is not a condition of completion ({@link CompletionPolicy} does not ask for it): mentorships
 * completed without one, as every earlier term's did, complete as before.
 */
public final class OutputPolicy {

    public static final int MAX_URL = 2000;
    public static final int MAX_REPORT = 4000;

    /** Rule 1: an absolute https URL with a host. */
    public static void requireWorkProductUrl(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL || !isHttps(url)) {
            throw WORK_PRODUCT_URL_INVALID.with("The work product is an https link of at most " + MAX_URL
                    + " characters, e.g. https://github.com/org/repo/pulls?q=author:you");
        }
    }

    /** Rule 2: a report of 1 to 4000 characters. */
    public static void requireFinalReport(String report) {
        if (report == null || report.isBlank() || report.length() > MAX_REPORT) {
            throw FINAL_REPORT_INVALID.with("The final report is 1 to " + MAX_REPORT + " characters");
        }
    }

    /**
     * Rule 3 (and 4): the output changes only in the final evaluation's window.
     *
     * @param finalEvaluation the last evaluation of the schedule
     */
    public static void requireWindow(Evaluation finalEvaluation, Instant now) {
        if (finalEvaluation.status == EvaluationStatus.SUBMITTED) {
            throw OUTPUT_WINDOW_CLOSED.with("The final evaluation was submitted on " + finalEvaluation.submittedAt
                    + "; the program output no longer changes");
        }
        if (!EvaluationSchedule.windowOpen(finalEvaluation.windowOpensAt, now)) {
            throw OUTPUT_WINDOW_NOT_OPEN.with("The program output is submitted from " + finalEvaluation.windowOpensAt
                    + " on (the final evaluation's window)");
        }
    }

    /** Rule 4: only a submitted output is confirmed. */
    public static void requireSubmitted(Instant outputSubmittedAt) {
        if (outputSubmittedAt == null) {
            throw OUTPUT_MISSING.with("The mentee has not submitted a program output yet");
        }
    }

    /** Rule 5: whether a new submission changes what was confirmed (and so needs confirming again). */
    public static boolean changes(String url, String report, String newUrl, String newReport) {
        return !newUrl.equals(url) || !newReport.equals(report);
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme())
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private OutputPolicy() {}
}
