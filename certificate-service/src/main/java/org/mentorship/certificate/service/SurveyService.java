package org.mentorship.certificate.service;

import static org.mentorship.certificate.problem.CertificateProblems.INVALID_SURVEY;
import static org.mentorship.certificate.problem.CertificateProblems.INVALID_SURVEY_ANSWER;
import static org.mentorship.certificate.problem.CertificateProblems.NO_SURVEY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mentorship.certificate.config.CertificateConfig;
import org.mentorship.certificate.model.Completion;
import org.mentorship.certificate.model.SurveyAnswer;
import org.mentorship.certificate.model.SurveyVersion;
import org.mentorship.certificate.policy.CompletionPolicy;
import org.mentorship.certificate.repository.SurveyRepository;
import org.mentorship.platform.problem.ProblemException;

/** The feedback survey: versioned questions, one answer per mentorship, aggregated results. */
@ApplicationScoped
public class SurveyService {

    private final SurveyRepository surveys;
    private final CompletionService completions;
    private final ObjectMapper json;
    private final Clock clock;
    private final CertificateConfig config;

    SurveyService(
            SurveyRepository surveys,
            CompletionService completions,
            ObjectMapper json,
            Clock clock,
            CertificateConfig config) {
        this.config = config;
        this.surveys = surveys;
        this.completions = completions;
        this.json = json;
        this.clock = clock;
    }

    /** Publishes a new version; earlier versions and their answers stay as they were. */
    @Transactional
    public SurveyVersion publish(String title, List<SurveyQuestion> questions, String actor) {
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (SurveyQuestion q : questions) {
            if (!keys.add(q.key())) {
                problems.add("question key '" + q.key() + "' is used twice");
            }
            boolean hasOptions = q.options() != null && !q.options().isEmpty();
            if (q.kind() == SurveyQuestion.Kind.CHOICE
                    && (!hasOptions
                            || new HashSet<>(q.options()).size() != q.options().size())) {
                problems.add("choice question '" + q.key() + "' needs distinct options");
            }
            if (q.kind() != SurveyQuestion.Kind.CHOICE && hasOptions) {
                problems.add("only choice questions have options ('" + q.key() + "')");
            }
        }
        if (!problems.isEmpty()) {
            throw INVALID_SURVEY.with(String.join("; ", problems));
        }
        surveys.lockVersions();
        SurveyVersion v = new SurveyVersion();
        v.id = UUID.randomUUID();
        v.version = surveys.nextVersion();
        v.title = title.strip();
        v.questions = write(questions.stream()
                .map(q -> new SurveyQuestion(
                        q.key(),
                        q.text(),
                        q.kind(),
                        q.kind() == SurveyQuestion.Kind.CHOICE ? q.options() : List.of(),
                        q.required()))
                .toList());
        v.createdAt = clock.instant();
        v.createdBy = actor;
        surveys.persist(v);
        return v;
    }

    @Transactional
    public SurveyVersion current() {
        return surveys.current().orElseThrow(() -> NO_SURVEY.with("No feedback survey has been published yet"));
    }

    @Transactional
    public SurveyVersion version(int version) {
        return surveys.byVersion(version).orElseThrow(() -> ProblemException.notFound("Survey version", version));
    }

    @Transactional
    public List<SurveyVersion> versions() {
        return surveys.allVersions();
    }

    public List<SurveyQuestion> questions(SurveyVersion v) {
        try {
            return json.readValue(v.questions, new TypeReference<List<SurveyQuestion>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Survey version " + v.version + " has unreadable questions", e);
        }
    }

    /**
     * The mentee's answer for their mentorship: open once the final evaluation passed, once only, every
     * answer valid for its question. It may be the last requirement, so it can issue the certificate.
     */
    @Transactional
    public SurveyAnswer answer(UUID mentorshipId, Integer version, ObjectNode answers, String menteeId) {
        Completion c = completions.lockExisting(mentorshipId);
        if (!c.menteeId.equals(menteeId)) {
            throw ProblemException.notFound("Completion record of mentorship", mentorshipId);
        }
        CompletionPolicy.requireSurveyAnswerable(
                c, surveys.answerOf(mentorshipId).isPresent());
        SurveyVersion v = version == null ? current() : version(version);
        List<String> problems = check(questions(v), answers);
        if (!problems.isEmpty()) {
            throw INVALID_SURVEY_ANSWER.with(String.join("; ", problems));
        }
        SurveyAnswer a = new SurveyAnswer();
        a.id = UUID.randomUUID();
        a.mentorshipId = mentorshipId;
        a.menteeId = menteeId;
        a.surveyVersionId = v.id;
        a.projectId = c.projectId;
        a.answers = write(answers);
        a.submittedAt = clock.instant();
        surveys.persistAnswer(a);
        completions.note(c, c.status, menteeId, "Feedback survey answered (version " + v.version + ")");
        completions.reconsider(c, menteeId);
        return a;
    }

    @Transactional
    public SurveyAnswer answerOf(UUID mentorshipId) {
        return surveys.answerOf(mentorshipId)
                .orElseThrow(() -> ProblemException.notFound("Survey answer of mentorship", mentorshipId));
    }

    /** Every answer's problem, empty when the answers fit the questions. */
    static List<String> check(List<SurveyQuestion> questions, ObjectNode answers) {
        List<String> problems = new ArrayList<>();
        Map<String, SurveyQuestion> byKey = new LinkedHashMap<>();
        questions.forEach(q -> byKey.put(q.key(), q));
        for (Iterator<String> it = answers.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!byKey.containsKey(key)) {
                problems.add("'" + key + "' is not a question of this survey");
            }
        }
        for (SurveyQuestion q : questions) {
            JsonNode value = answers.get(q.key());
            if (value == null || value.isNull()) {
                if (q.required()) {
                    problems.add("'" + q.key() + "' is required");
                }
                continue;
            }
            switch (q.kind()) {
                case RATING -> {
                    if (!value.isIntegralNumber()
                            || value.asInt() < SurveyQuestion.RATING_MIN
                            || value.asInt() > SurveyQuestion.RATING_MAX) {
                        problems.add("'" + q.key() + "' must be a whole number from 0 to 10");
                    }
                }
                case CHOICE -> {
                    if (!value.isTextual() || !q.options().contains(value.asText())) {
                        problems.add("'" + q.key() + "' must be one of " + q.options());
                    }
                }
                case TEXT -> {
                    if (!value.isTextual() || value.asText().length() > SurveyQuestion.TEXT_MAX) {
                        problems.add(
                                "'" + q.key() + "' must be text of at most " + SurveyQuestion.TEXT_MAX + " characters");
                    }
                }
            }
        }
        return problems;
    }

    /** What a mentor of the project sees: no free text, and only once enough mentees answered. */
    @Transactional
    public SurveyResults resultsForMentors(int version, UUID projectId) {
        SurveyResults results = results(version, projectId, false);
        int minimum = config.survey().mentorMinimumResponses();
        return results.responses() < minimum ? results.withheld(minimum) : results;
    }

    /** Aggregates a version's answers (optionally of one project); texts only when {@code withTexts}. */
    @Transactional
    public SurveyResults results(int version, UUID projectId, boolean withTexts) {
        SurveyVersion v = version(version);
        List<SurveyQuestion> questions = questions(v);
        List<JsonNode> answers = surveys.answers(v.id, projectId).stream()
                .map(a -> read(a.answers))
                .toList();
        List<SurveyResults.QuestionResult> out = new ArrayList<>();
        for (SurveyQuestion q : questions) {
            List<JsonNode> values = answers.stream()
                    .map(a -> a.get(q.key()))
                    .filter(n -> n != null && !n.isNull())
                    .toList();
            Map<String, Long> distribution = null;
            Double average = null;
            List<String> texts = null;
            switch (q.kind()) {
                case RATING -> {
                    distribution = new LinkedHashMap<>();
                    for (int i = SurveyQuestion.RATING_MIN; i <= SurveyQuestion.RATING_MAX; i++) {
                        final int score = i;
                        distribution.put(
                                String.valueOf(i),
                                values.stream().filter(n -> n.asInt() == score).count());
                    }
                    average = values.isEmpty()
                            ? null
                            : Math.round(values.stream()
                                                    .mapToInt(JsonNode::asInt)
                                                    .average()
                                                    .orElse(0)
                                            * 100)
                                    / 100.0;
                }
                case CHOICE -> {
                    distribution = new LinkedHashMap<>();
                    for (String option : q.options()) {
                        distribution.put(
                                option,
                                values.stream()
                                        .filter(n -> option.equals(n.asText()))
                                        .count());
                    }
                }
                case TEXT -> {
                    if (withTexts) {
                        // Shuffled by sorting: the order must not reveal who answered when.
                        texts = values.stream()
                                .map(JsonNode::asText)
                                .filter(t -> !t.isBlank())
                                .sorted()
                                .toList();
                    }
                }
            }
            out.add(new SurveyResults.QuestionResult(
                    q.key(), q.text(), q.kind(), values.size(), average, distribution, texts));
        }
        return new SurveyResults(v.version, v.title, projectId, answers.size(), out, null);
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable survey answer", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise survey data", e);
        }
    }
}
