package org.mentorship.evaluation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.repository.EvaluationRepository;
import org.mentorship.evaluation.repository.MentorshipRepository;
import org.mentorship.platform.csv.CsvCell;

/**
 * A coordinator's mentorships list as CSV, written as it is read: a chunk at a time (a keyset over the list's own
 * order, each chunk with its evaluations in a short read transaction of its own, so no transaction stays open while a
 * slow client reads and no more than one chunk is ever in memory). Every text cell goes through {@link CsvCell}.
 */
@ApplicationScoped
public class MentorshipsCsv {

    /** Evaluations per mentorship at most (EvaluationSchedule: 3 or 4). */
    static final int EVALUATIONS = 4;

    public static final String HEADER = header();

    static final int CHUNK = 200;

    private final MentorshipRepository mentorships;
    private final EvaluationRepository evaluations;

    MentorshipsCsv(MentorshipRepository mentorships, EvaluationRepository evaluations) {
        this.mentorships = mentorships;
        this.evaluations = evaluations;
    }

    private record Chunk(List<Mentorship> rows, Map<UUID, List<Evaluation>> schedules) {}

    public void write(OutputStream out) throws IOException {
        write(out, CHUNK);
    }

    /** Of these organisations only (null: every organisation), as the list reads them. */
    public void write(OutputStream out, java.util.Set<String> organizations) throws IOException {
        write(out, CHUNK, organizations);
    }

    void write(OutputStream out, int chunk) throws IOException {
        write(out, chunk, null);
    }

    void write(OutputStream out, int chunk, java.util.Set<String> organizations) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write(HEADER);
        Mentorship last = null;
        while (true) {
            Mentorship after = last;
            Chunk read = QuarkusTransaction.requiringNew().call(() -> {
                List<Mentorship> rows = mentorships.after(after, chunk, organizations);
                Map<UUID, List<Evaluation>> schedules =
                        evaluations.schedules(rows.stream().map(m -> m.id).toList()).stream()
                                .collect(Collectors.groupingBy(e -> e.mentorshipId));
                return new Chunk(rows, schedules);
            });
            for (Mentorship m : read.rows()) {
                csv.write(row(m, read.schedules().getOrDefault(m.id, List.of())));
            }
            csv.flush();
            if (read.rows().size() < chunk) {
                return;
            }
            last = read.rows().get(read.rows().size() - 1);
        }
    }

    private static String header() {
        List<String> columns = new ArrayList<>(List.of(
                "mentorshipId",
                "termId",
                "termName",
                "projectId",
                "projectTitle",
                "organization",
                "menteeId",
                "menteeName",
                "mentorIds",
                "status",
                "startsOn",
                "endsOn",
                "endedAt",
                "endReason"));
        for (int n = 1; n <= EVALUATIONS; n++) {
            columns.add("evaluation" + n + "Outcome");
            columns.add("evaluation" + n + "SubmittedAt");
        }
        return String.join(",", columns) + "\n";
    }

    static String row(Mentorship m, List<Evaluation> schedule) {
        List<String> cells = new ArrayList<>(List.of(
                m.id.toString(),
                m.termId.toString(),
                CsvCell.text(m.termName),
                m.projectId.toString(),
                CsvCell.text(m.projectTitle),
                CsvCell.text(m.organization),
                CsvCell.text(m.menteeId),
                CsvCell.text(m.menteeName),
                CsvCell.text(String.join(";", m.mentorIds)),
                m.status.name(),
                plain(m.startsOn),
                plain(m.endsOn),
                plain(m.endedAt),
                CsvCell.text(m.endReason)));
        for (int n = 1; n <= EVALUATIONS; n++) {
            Evaluation e = number(schedule, n);
            cells.add(outcome(e));
            cells.add(e == null || outcome(e).isEmpty() ? "" : plain(e.submittedAt));
        }
        return String.join(",", cells) + "\n";
    }

    /**
     * PASS or FAIL once submitted; UNDER_REVIEW while a FAIL is reviewed (not final yet); empty while scheduled or
     * reopened (the outcome a reopened evaluation had is no longer its outcome).
     */
    static String outcome(Evaluation e) {
        if (e == null || e.outcome == null) {
            return "";
        }
        if (e.status == EvaluationStatus.UNDER_REVIEW) {
            return EvaluationStatus.UNDER_REVIEW.name();
        }
        return e.status == EvaluationStatus.SUBMITTED ? e.outcome.name() : "";
    }

    private static Evaluation number(List<Evaluation> schedule, int n) {
        return schedule.stream().filter(e -> e.number == n).findFirst().orElse(null);
    }

    /** Ids, dates and instants: no text a person typed, written as they are. */
    private static String plain(Object value) {
        return Objects.toString(value, "");
    }
}
