package org.mentorship.evaluation.rest;

/** OpenAPI examples, kept in one place so the resources stay readable. */
final class Examples {

    static final String MENTORSHIP = """
            {"id":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e","projectTitle":"Add structured logging to the storage controller",
             "menteeId":"mentee-ana-okafor","menteeName":"Ana Okafor","mentorIds":["mentor-lukas-brandt"],
             "evaluationCount":3,"startsOn":"2026-03-02","endsOn":"2026-05-29","extensionWeeks":0,"extensionWeeksLeft":5,
             "status":"ACTIVE","evaluations":[{"number":1,"dueAt":"2026-03-31T00:00:00Z",
             "dueAtLocal":"2026-03-31T02:00:00+02:00","windowOpensAt":"2026-03-24T00:00:00Z",
             "windowOpensAtLocal":"2026-03-24T01:00:00+01:00","status":"SCHEDULED"}],"timeZone":"Europe/Berlin"}""";

    static final String PAGE = """
            {"items":[],"page":0,"size":20,"total":0}""";

    static final String EVALUATION = """
            {"id":"0b7c6e2a-3f1d-4a8b-9c2e-1d0f9e8a7b6c","mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e",
             "number":2,"total":3,"finalEvaluation":false,"dueAt":"2026-04-30T00:00:00Z",
             "dueAtLocal":"2026-04-30T02:00:00+02:00","windowOpensAt":"2026-04-23T00:00:00Z",
             "windowOpensAtLocal":"2026-04-23T02:00:00+02:00","timeZone":"Europe/Berlin","status":"SUBMITTED","outcome":"PASS",
             "scores":{"tasksAndMilestones":4,"engagement":5,"progressAgainstPlan":4},
             "commentsForMentee":"Great first pull requests.","privateComments":"Ready for advanced tasks.",
             "submittedBy":"mentor-lukas-brandt","submittedAt":"2026-04-28T09:12:00Z","late":false,
             "onBehalf":false,"onBehalfReason":null,"reviewEndsAt":null,"reviewEndsAtLocal":null,
             "appealStatement":null,"appealedAt":null,"reviewDecision":null,"reviewedBy":null,"reviewReason":null,
             "reviewedAt":null}""";

    static final String EVALUATION_UNDER_REVIEW = """
            {"id":"0b7c6e2a-3f1d-4a8b-9c2e-1d0f9e8a7b6c","mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e",
             "number":2,"total":3,"finalEvaluation":false,"dueAt":"2026-04-30T00:00:00Z",
             "dueAtLocal":"2026-04-30T02:00:00+02:00","windowOpensAt":"2026-04-23T00:00:00Z",
             "windowOpensAtLocal":"2026-04-23T02:00:00+02:00","timeZone":"Europe/Berlin","status":"UNDER_REVIEW",
             "outcome":"FAIL","scores":{"tasksAndMilestones":2,"engagement":1,"progressAgainstPlan":2},
             "commentsForMentee":"No contact for three weeks.","submittedBy":"mentor-lukas-brandt",
             "submittedAt":"2026-04-28T09:12:00Z","late":false,"onBehalf":false,"onBehalfReason":null,
             "reviewEndsAt":"2026-05-05T09:12:00Z","reviewEndsAtLocal":"2026-05-05T11:12:00+02:00",
             "appealStatement":"I was in hospital; my doctor's note is with the coordinators.",
             "appealedAt":"2026-04-29T18:00:00Z","reviewDecision":null,"reviewedBy":null,"reviewReason":null,
             "reviewedAt":null}""";

    static final String EVALUATION_OVERTURNED = """
            {"id":"0b7c6e2a-3f1d-4a8b-9c2e-1d0f9e8a7b6c","mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e",
             "number":2,"total":3,"finalEvaluation":false,"dueAt":"2026-04-30T00:00:00Z",
             "dueAtLocal":"2026-04-30T02:00:00+02:00","windowOpensAt":"2026-04-23T00:00:00Z",
             "windowOpensAtLocal":"2026-04-23T02:00:00+02:00","timeZone":"Europe/Berlin","status":"SUBMITTED",
             "outcome":"PASS","scores":{"tasksAndMilestones":2,"engagement":1,"progressAgainstPlan":2},
             "commentsForMentee":"No contact for three weeks.","privateComments":null,
             "submittedBy":"mentor-lukas-brandt","submittedAt":"2026-04-28T09:12:00Z","late":false,"onBehalf":false,
             "onBehalfReason":null,"reviewEndsAt":"2026-05-05T09:12:00Z","reviewEndsAtLocal":"2026-05-05T11:12:00+02:00",
             "appealStatement":"I was in hospital; my doctor's note is with the coordinators.",
             "appealedAt":"2026-04-29T18:00:00Z","reviewDecision":"OVERTURN","reviewedBy":"coordinator-cora",
             "reviewReason":"Medical absence, documented","reviewedAt":"2026-04-30T10:00:00Z"}""";

    static final String SUBMIT_ON_BEHALF = """
            {"tasksAndMilestones":4,"engagement":4,"progressAgainstPlan":4,
             "commentsForMentee":"Submitted by the coordinators for your mentor.","outcome":"PASS",
             "onBehalfOfMentor":true,"onBehalfReason":"Mentor on parental leave; co-mentor's notes attached"}""";

    static final String MENTEE_FEEDBACK = """
            {"mentorSupport":4,"hoursWorked":62,"comment":"Weekly calls helped; reviews sometimes took a week."}""";

    static final String EVALUATION_WITH_FEEDBACK = """
            {"id":"0b7c6e2a-3f1d-4a8b-9c2e-1d0f9e8a7b6c","mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e",
             "number":2,"total":3,"finalEvaluation":false,"dueAt":"2026-04-30T00:00:00Z",
             "dueAtLocal":"2026-04-30T02:00:00+02:00","windowOpensAt":"2026-04-23T00:00:00Z",
             "windowOpensAtLocal":"2026-04-23T02:00:00+02:00","timeZone":"Europe/Berlin","status":"SCHEDULED",
             "outcome":null,"scores":null,"commentsForMentee":null,"submittedBy":null,"submittedAt":null,"late":false,
             "onBehalf":false,"onBehalfReason":null,"reviewEndsAt":null,"reviewEndsAtLocal":null,
             "appealStatement":null,"appealedAt":null,"reviewDecision":null,"reviewedBy":null,"reviewReason":null,
             "reviewedAt":null,"menteeFeedback":{"mentorSupport":4,"hoursWorked":62,
             "comment":"Weekly calls helped; reviews sometimes took a week.","givenAt":"2026-04-24T19:00:00Z"}}""";

    static final String PROBLEM_FEEDBACK_GIVEN = """
            {"type":"https://mentorship.example.org/problems/mentee-feedback-given",
             "title":"Mentorship already evaluated","status":409,
             "detail":"Your evaluation of the mentorship at evaluation 2 was given at 2026-04-24T19:00:00Z; it is given once"}""";

    static final String APPEAL = """
            {"statement":"I was in hospital; my doctor's note is with the coordinators."}""";

    static final String REVIEW = """
            {"decision":"OVERTURN","reason":"Medical absence, documented"}""";

    static final String PROBLEM_APPEALED = """
            {"type":"https://mentorship.example.org/problems/appeal-already-made","title":"Already appealed",
             "status":409,"detail":"The FAIL of evaluation 2 was appealed at 2026-04-29T18:00:00Z; a coordinator decides it"}""";

    static final String PROBLEM_NOT_UNDER_REVIEW = """
            {"type":"https://mentorship.example.org/problems/evaluation-not-under-review",
             "title":"Evaluation not under review","status":409,
             "detail":"Evaluation 2 of mentorship 5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e is SUBMITTED; only a FAIL under review is appealed or decided"}""";

    static final String PROBLEM_SELF_DEALING = """
            {"type":"https://mentorship.example.org/problems/self-dealing","title":"Self-dealing",
             "status":403,"detail":"You mentor mentorship 5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e: another coordinator decides the review of its FAIL"}""";

    static final String PROBLEM_ON_BEHALF = """
            {"type":"https://mentorship.example.org/problems/on-behalf-reason-required","title":"Why on behalf?",
             "status":422,"detail":"A submission on behalf of an absent mentor needs onBehalfReason"}""";

    static final String SUBMIT = """
            {"tasksAndMilestones":4,"engagement":5,"progressAgainstPlan":4,
             "commentsForMentee":"Great first pull requests.","privateComments":"Ready for advanced tasks.",
             "outcome":"PASS"}""";

    static final String EVIDENCE = """
            {"number":1,"from":"2026-03-02T00:00:00Z","to":"2026-03-31T00:00:00Z",
             "tasksDone":[{"title":"Fix a documentation page","kind":"STARTER","status":"DONE",
             "evidenceLinks":["https://github.com/org/repo/pull/12"]}],"milestonesMet":[],
             "participation":{"evaluationNumber":1,"counts":{"MEETING":3,"DISCUSSION":2,"CONTRIBUTION":1,
             "MENTOR_CONTACT":4},"lastContactAt":"2026-03-27T15:00:00Z"},
             "planProgress":{"STARTER":{"total":3,"done":2},"STANDARD":{"total":2,"done":0},
             "ADVANCED":{"total":1,"done":0}},"milestonesMetTotal":0,"milestonesTotal":2}""";

    static final String PLAN = """
            {"mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e","status":"ACTIVE",
             "milestones":[{"title":"Logging design agreed","dueOn":"2026-04-10",
             "acceptanceCriteria":"Design doc reviewed by two maintainers","status":"OPEN"}],
             "tasks":[{"title":"Fix a documentation page","kind":"STARTER","status":"IN_REVIEW",
             "evidenceLinks":["https://github.com/org/repo/pull/12"]}],
             "progress":{"STARTER":{"total":3,"done":1},"STANDARD":{"total":0,"done":0},"ADVANCED":{"total":0,"done":0}}}""";

    static final String MILESTONE = """
            {"id":"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a","title":"Logging design agreed","dueOn":"2026-04-10",
             "acceptanceCriteria":"Design doc reviewed by two maintainers","status":"OPEN","metAt":null,"version":0}""";

    static final String TASK = """
            {"id":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","milestoneId":null,"title":"Fix a documentation page",
             "kind":"STARTER","status":"IN_REVIEW","evidenceLinks":["https://github.com/org/repo/pull/12"],
             "doneAt":null,"version":2}""";

    static final String PARTICIPATION = """
            {"id":"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e","kind":"MEETING","title":"Weekly community call",
             "link":"https://zoom.example.org/rec/123","occurredAt":"2026-03-12T16:00:00Z",
             "recordedBy":"mentee-ana-okafor","recordedAt":"2026-03-12T17:02:00Z"}""";

    static final String PERIODS = """
            [{"evaluationNumber":1,"from":"2026-03-02T00:00:00Z","to":"2026-03-31T00:00:00Z",
              "counts":{"MEETING":3,"DISCUSSION":2,"CONTRIBUTION":1,"MENTOR_CONTACT":4},
              "lastContactAt":"2026-03-27T15:00:00Z"}]""";

    static final String HISTORY = """
            [{"action":"SUBMITTED","fromStatus":"SCHEDULED","toStatus":"SUBMITTED","outcome":"PASS",
              "actor":"mentor-lukas-brandt","onBehalf":false,"reason":null,"at":"2026-04-28T09:12:00Z"}]""";

    static final String REMINDERS = """
            {"items":[{"kind":"OVERDUE","recipientId":"mentor-lukas-brandt","dueAt":"2026-04-30T00:00:00Z",
              "sentAt":"2026-04-30T00:10:00Z"}],"page":0,"size":20,"total":1}""";

    static final String SUMMARY = """
            {"mentor":{"activeMentorships":2,"evaluationsToSubmit":[{"mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e",
              "menteeName":"Ana Okafor","number":2,"total":3,"dueAt":"2026-04-30T00:00:00Z","overdue":false}],
              "tasks":{"TODO":3,"IN_PROGRESS":1,"IN_REVIEW":1,"DONE":4}}}""";

    static final String PROBLEM = """
            {"type":"https://mentorship.example.org/problems/evaluation-window-not-open",
             "title":"The evaluation window is not open yet","status":422,
             "detail":"Evaluation 2 opens at 2026-04-23T00:00:00Z (7 days before it is due at 2026-04-30T00:00:00Z)"}""";

    static final String MENTORSHIPS_CSV = """
            mentorshipId,termId,termName,projectId,projectTitle,organization,menteeId,menteeName,mentorIds,status,startsOn,endsOn,endedAt,endReason,evaluation1Outcome,evaluation1SubmittedAt,evaluation2Outcome,evaluation2SubmittedAt,evaluation3Outcome,evaluation3SubmittedAt,evaluation4Outcome,evaluation4SubmittedAt
            5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e,7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f,Spring 2026,9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a,Add structured logging to the storage controller,Cloud Native Storage Foundation,mentee-ana-okafor,Ana Okafor,mentor-lukas-brandt,ACTIVE,2026-03-02,2026-05-29,,,PASS,2026-03-30T09:12:00Z,,,,,,
            """;

    static final String STATISTICS = """
            {"termId":"7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f","projects":[{"projectId":"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
             "projectTitle":"Add structured logging to the storage controller","organization":"Cloud Native Storage Foundation",
             "mentorships":4,"active":1,"completed":2,"terminated":1,"completionRate":0.6667,"terminationRate":0.3333,
             "evaluationsScored":8,"meanTasksAndMilestones":3.88,"meanEngagement":4.25,"meanProgressAgainstPlan":3.5}],
             "organizations":[{"organization":"Cloud Native Storage Foundation","projects":1,"mentorships":4,
             "active":1,"completed":2,"terminated":1,"completionRate":0.6667,"terminationRate":0.3333,
             "evaluationsScored":8,"meanTasksAndMilestones":3.88,"meanEngagement":4.25,"meanProgressAgainstPlan":3.5}]}""";

    static final String END_PAY_EARNED = """
            {"reason":"Moved abroad; evaluation 2 was passed","settlement":"PAY_EARNED","earnedEvaluation":2}""";

    static final String REVIEW_TERMINATE_AND_PAY = """
            {"decision":"TERMINATE_AND_PAY","reason":"The FAIL stands; the work of the period is paid"}""";

    static final String PROBLEM_NOT_EARNABLE = """
            {"type":"https://mentorship.example.org/problems/evaluation-not-earnable","title":"That evaluation earns nothing",
             "status":422,"detail":"Evaluation 3 is SCHEDULED; only a submitted (or reviewed, or under review) evaluation earns its installment"}""";

    private Examples() {}

    static final String OUTPUT = """
            {"mentorshipId":"5e8d2c4b-9a1f-4b3e-8d7c-6f5a4b3c2d1e",
             "workProductUrl":"https://github.com/cnsf/storage/pulls?q=author:ana-okafor",
             "finalReport":"Structured logging landed in the controller and two sidecars.",
             "submittedAt":"2026-05-25T10:00:00Z","confirmed":true,"confirmedBy":"mentor-lukas-brandt",
             "confirmedAt":"2026-05-26T08:30:00Z","windowOpensAt":"2026-05-23T00:00:00Z",
             "windowOpensAtLocal":"2026-05-23T02:00:00+02:00","windowClosesAt":"2026-05-30T00:00:00Z",
             "windowClosesAtLocal":"2026-05-30T02:00:00+02:00","timeZone":"Europe/Berlin","windowClosed":false}""";

    static final String OUTPUT_BODY = """
            {"workProductUrl":"https://github.com/cnsf/storage/pulls?q=author:ana-okafor",
             "finalReport":"Structured logging landed in the controller and two sidecars."}""";
}
