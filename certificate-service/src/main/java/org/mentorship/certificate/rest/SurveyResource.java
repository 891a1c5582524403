package org.mentorship.certificate.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.certificate.model.SurveyAnswer;
import org.mentorship.certificate.model.SurveyVersion;
import org.mentorship.certificate.rest.SurveyDtos.Answer;
import org.mentorship.certificate.rest.SurveyDtos.PublishSurvey;
import org.mentorship.certificate.rest.SurveyDtos.SubmitAnswer;
import org.mentorship.certificate.rest.SurveyDtos.Version;
import org.mentorship.certificate.service.CompletionService;
import org.mentorship.certificate.service.SurveyResults;
import org.mentorship.certificate.service.SurveyService;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.ObjectAccess;
import org.mentorship.platform.security.Roles;

@Path("/api/v1/surveys")
@Tag(name = "Feedback survey", description = "Versioned questions, one answer per mentorship, aggregated results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResource {

    private static final String VERSION = """
            {"id":"4c3b2a19-0f8e-4d7c-9b6a-5e4d3c2b1a09","version":1,"title":"End of program feedback",
             "questions":[
              {"key":"mentor-support","text":"How well did your mentor support you?","kind":"RATING","options":[],"required":true},
              {"key":"next-step","text":"What will you do next?","kind":"CHOICE","options":["keep contributing","apply again","other"],"required":true},
              {"key":"comments","text":"Anything else?","kind":"TEXT","options":[],"required":false}],
             "createdAt":"2026-01-10T09:00:00Z"}""";
    private static final String ANSWER = """
            {"mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e","version":1,
             "answers":{"mentor-support":9,"next-step":"keep contributing","comments":"Great program"}}""";
    private static final String RESULTS = """
            {"version":1,"title":"End of program feedback","projectId":null,"responses":2,"questions":[
              {"key":"mentor-support","text":"How well did your mentor support you?","kind":"RATING","answered":2,
               "average":8.5,"distribution":{"0":0,"1":0,"2":0,"3":0,"4":0,"5":0,"6":0,"7":0,"8":1,"9":1,"10":0}},
              {"key":"next-step","text":"What will you do next?","kind":"CHOICE","answered":2,
               "distribution":{"keep contributing":2,"apply again":0,"other":0}},
              {"key":"comments","text":"Anything else?","kind":"TEXT","answered":1,"texts":["Great program"]}]}""";

    private final SurveyService surveys;
    private final CompletionService completions;
    private final Caller caller;
    private final ObjectMapper json;

    SurveyResource(SurveyService surveys, CompletionService completions, Caller caller, ObjectMapper json) {
        this.surveys = surveys;
        this.completions = completions;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "publishSurvey",
            summary = "Publish a new version of the survey",
            description = "Earlier versions and their answers "
                    + "are kept as they were. Kinds: RATING (0 to 10), CHOICE (one of options), TEXT.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "survey", value = SurveyDocs.PUBLISH_SURVEY_PUBLISHED)))
    @APIResponse(
            responseCode = "201",
            description = "Published",
            content =
                    @Content(
                            schema = @Schema(implementation = Version.class),
                            examples = @ExampleObject(name = "version", value = VERSION)))
    public Response publish(@Valid @NotNull PublishSurvey request) {
        SurveyVersion v = surveys.publish(
                request.title(),
                request.questions().stream()
                        .map(SurveyDtos.Question::toQuestion)
                        .toList(),
                caller.userId());
        return Response.status(Response.Status.CREATED)
                .entity(Version.of(v, surveys.questions(v)))
                .build();
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listSurveyVersions", summary = "Every version of the survey, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "The versions",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Version.class),
                            examples = @ExampleObject(name = "versions", value = "[" + VERSION + "]")))
    public List<Version> versions() {
        return surveys.versions().stream()
                .map(v -> Version.of(v, surveys.questions(v)))
                .toList();
    }

    @GET
    @Path("/current")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR})
    @Operation(operationId = "getCurrentSurvey", summary = "The version to answer now")
    @APIResponse(
            responseCode = "200",
            description = "The current version",
            content =
                    @Content(
                            schema = @Schema(implementation = Version.class),
                            examples = @ExampleObject(name = "version", value = VERSION)))
    public Version current() {
        SurveyVersion v = surveys.current();
        return Version.of(v, surveys.questions(v));
    }

    @GET
    @Path("/{version: \\d+}")
    @RolesAllowed({Roles.MENTEE, Roles.MENTOR, Roles.COORDINATOR})
    @Operation(operationId = "getSurveyVersion", summary = "One version of the survey")
    @APIResponse(
            responseCode = "200",
            description = "The version",
            content =
                    @Content(
                            schema = @Schema(implementation = Version.class),
                            examples = @ExampleObject(name = "version", value = VERSION)))
    public Version version(@PathParam("version") int version) {
        SurveyVersion v = surveys.version(version);
        return Version.of(v, surveys.questions(v));
    }

    @POST
    @Path("/answers")
    @RolesAllowed(Roles.MENTEE)
    @Operation(
            operationId = "answerSurvey",
            summary = "Answer the survey for my mentorship",
            description =
                    "Open once the final evaluation "
                            + "passed; once per mentorship. It may be the last requirement: then the certificate is issued at once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "answer", value = ANSWER)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            schema = @Schema(implementation = Answer.class),
                            examples = @ExampleObject(name = "answer", value = SurveyDocs.ANSWER_SURVEY_ANSWER)))
    @APIResponse(
            responseCode = "409",
            description = "survey-not-open, survey-already-answered",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples =
                                    @ExampleObject(
                                            name = "survey-not-open",
                                            value = SurveyDocs.ANSWER_SURVEY_SURVEY_NOT_OPEN)))
    @APIResponse(
            responseCode = "422",
            description = "invalid-survey-answer: an answer does not fit its question",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples =
                                    @ExampleObject(
                                            name = "invalid-survey-answer",
                                            value = SurveyDocs.ANSWER_SURVEY_INVALID_SURVEY_ANSWER)))
    public Response answer(@Valid @NotNull SubmitAnswer request) {
        SurveyAnswer a = surveys.answer(request.mentorshipId(), request.version(), request.answers(), caller.userId());
        return Response.status(Response.Status.CREATED)
                .entity(Answer.of(a, tree(a.answers)))
                .build();
    }

    @GET
    @Path("/answers/{mentorshipId}")
    @RolesAllowed({Roles.MENTEE, Roles.COORDINATOR})
    @Operation(
            operationId = "getSurveyAnswer",
            summary = "One mentee's answer",
            description = SurveyDocs.GET_SURVEY_ANSWER)
    @APIResponse(
            responseCode = "200",
            description = "The answer",
            content =
                    @Content(
                            schema = @Schema(implementation = Answer.class),
                            examples = @ExampleObject(name = "answer", value = ANSWER)))
    public Answer answerOf(@PathParam("mentorshipId") UUID mentorshipId) {
        // Not Access.requireSees: it lets a mentor of the mentorship in, and a token that also holds mentee passed the
        // role check. Individual answers are the mentee's own, or a coordinator's to read.
        ObjectAccess.to(caller, "Survey answer of mentorship", mentorshipId)
                .role(Roles.COORDINATOR)
                .self(completions.find(mentorshipId).menteeId)
                .require();
        SurveyAnswer a = surveys.answerOf(mentorshipId);
        return Answer.of(a, tree(a.answers));
    }

    @GET
    @Path("/results")
    @RolesAllowed({Roles.COORDINATOR, Roles.MENTOR})
    @Operation(
            operationId = "getSurveyResults",
            summary = "Aggregated results of a version",
            description = SurveyDocs.GET_SURVEY_RESULTS)
    @APIResponse(
            responseCode = "200",
            description = "The aggregate",
            content =
                    @Content(
                            schema = @Schema(implementation = SurveyResults.class),
                            examples = @ExampleObject(name = "results", value = RESULTS)))
    public SurveyResults results(@QueryParam("version") Integer version, @QueryParam("projectId") UUID projectId) {
        int v = version != null ? version : surveys.current().version;
        if (caller.is(Roles.COORDINATOR)) {
            return surveys.results(v, projectId, true);
        }
        if (projectId == null || !completions.mentorsProject(caller.userId(), projectId)) {
            throw ProblemException.forbidden("Mentors see the results of the projects they mentor: give its projectId");
        }
        return surveys.resultsForMentors(v, projectId);
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String answers) {
        try {
            return json.readTree(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
