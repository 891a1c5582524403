package org.mentorship.application.rest;

/** Example bodies for the OpenAPI document. */
final class Examples {

    static final String TERM_REQUEST = """
            {"name":"2027 Spring","applicationsOpenAt":"2027-01-10T00:00:00Z","applicationsCloseAt":"2027-02-10T00:00:00Z",
             "reviewDays":21,"programStart":"2027-03-15","programEnd":"2027-06-15","announceAt":"2027-03-10T16:00:00Z"}""";
    static final String TERM = """
            {"id":"5f0c1b8e-7c2a-4c41-9d0e-2a4f9e1d7b10","name":"2027 Spring","applicationsOpenAt":"2027-01-10T00:00:00Z",
             "applicationsCloseAt":"2027-02-10T00:00:00Z","reviewDays":21,"reviewEndsAt":"2027-03-03T00:00:00Z",
             "programStart":"2027-03-15","programEnd":"2027-06-15","openForApplications":true,"version":0,
             "announceAt":"2027-03-10T16:00:00Z"}""";
    static final String PROJECT_REQUEST = """
            {"termId":"5f0c1b8e-7c2a-4c41-9d0e-2a4f9e1d7b10","organization":"CNCF","title":"Improve the CLI docs",
             "description":"Rewrite the command reference and add examples.","skills":["go","docs"],"mentorIds":["mia"],
             "mentorEmails":{"mia":"mia@example.org"},"slots":2,"evaluationCount":3,"published":true,
             "hours":175,"lengthWeeks":12,"startsOn":"2027-03-15",
             "prerequisites":[{"title":"Fix a good first issue","instructions":"Open a PR for any good-first-issue",
             "evidenceKind":"LINK"}]}""";
    static final String PROJECT = """
            {"id":"0b6f8a64-3c4c-4f55-8a3e-7a9a4b0d1c22","termId":"5f0c1b8e-7c2a-4c41-9d0e-2a4f9e1d7b10",
             "organization":"CNCF","title":"Improve the CLI docs","description":"Rewrite the command reference.",
             "skills":["go","docs"],"mentorIds":["mia"],"mentorEmails":{"mia":"mia@example.org"},"slots":2,"evaluationCount":3,
             "prerequisites":[{"id":"7d1f3c2a-0a4b-4e7e-9c1d-5b2a6f8e9d33","position":1,"title":"Fix a good first issue",
             "instructions":"Open a PR for any good-first-issue","evidenceKind":"LINK"}],"published":true,"version":0,
             "hours":175,"lengthWeeks":12,"startsOn":"2027-03-15","endsOn":"2027-06-07"}""";
    static final String PAGE = """
            {"items":[],"page":0,"size":20,"total":0}""";
    static final String PROFILE_REQUEST = """
            {"name":"Alice Example","email":"alice@example.org","phone":"+49 30 1234567","preferredContact":"EMAIL",
             "timeZone":"Europe/Berlin","country":"DE"}""";
    static final String PROFILE = """
            {"userId":"alice","name":"Alice Example","email":"alice@example.org","phone":"+49 30 1234567",
             "preferredContact":"EMAIL","timeZone":"Europe/Berlin","country":"DE","version":0}""";
    static final String APPLY = """
            {"projectId":"0b6f8a64-3c4c-4f55-8a3e-7a9a4b0d1c22","motivation":"I use this CLI every day."}""";
    static final String APPLICATION = """
            {"id":"3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44","termId":"5f0c1b8e-7c2a-4c41-9d0e-2a4f9e1d7b10",
             "termName":"2027 Spring","projectId":"0b6f8a64-3c4c-4f55-8a3e-7a9a4b0d1c22","projectTitle":"Improve the CLI docs",
             "organization":"CNCF","applicantId":"alice","applicantName":"Alice Example","status":"SUBMITTED",
             "submittedAt":"2027-01-12T09:00:00Z","reviewEndsAt":"2027-03-03T00:00:00Z",
             "earliestDecisionAt":"2027-01-26T09:00:00Z","prerequisitesTotal":1,"prerequisitesApproved":0,
             "nextStep":{"action":"COMPLETE_PREREQUISITES","description":"Complete your prerequisite tasks (0 of 1 approved) before the review period ends",
             "deadline":"2027-03-03T00:00:00Z","deadlineLocal":"2027-03-03T01:00:00+01:00","timeZone":"Europe/Berlin"},
             "version":0}""";
    static final String WITHDRAW = """
            {"reason":"I found another internship"}""";
    static final String DECISION = """
            {"outcome":"ACCEPT","reason":"Strong prerequisites","overrideReason":null,"internalNote":"mia recommends"}""";
    static final String WAITLIST_DECISION = """
            {"outcome":"WAITLIST","reason":"Strong, but the slots are taken","internalNote":"first on the waitlist"}""";
    static final String RECOMMENDATION = """
            {"recommendation":"ACCEPT","note":"Great first PR"}""";
    static final String HISTORY = """
            [{"at":"2027-01-12T09:00:00Z","actor":"alice","to":"SUBMITTED","reason":"submitted"},
             {"at":"2027-01-27T10:00:00Z","actor":"cora","from":"SUBMITTED","to":"ACCEPTED","reason":"Strong prerequisites",
              "internalNote":"mia recommends"}]""";
    static final String NOTIFICATIONS = """
            [{"id":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c66","recipient":"alice@example.org","subject":"You were accepted: Improve the CLI docs",
              "state":"PENDING","attempts":1,"nextAttemptAt":"2027-01-27T10:01:00Z","lastError":"ConnectException: Connection refused",
              "createdAt":"2027-01-27T10:00:00Z","sentAt":null}]""";
    static final String PREREQUISITES = """
            [{"taskId":"7d1f3c2a-0a4b-4e7e-9c1d-5b2a6f8e9d33","position":1,"title":"Fix a good first issue",
              "instructions":"Open a PR for any good-first-issue","evidenceKind":"LINK","status":"SUBMITTED",
              "evidence":"https://github.com/org/cli/pull/42","submittedAt":"2027-01-14T12:00:00Z"}]""";
    static final String PREREQUISITE = """
            {"taskId":"7d1f3c2a-0a4b-4e7e-9c1d-5b2a6f8e9d33","position":1,"title":"Fix a good first issue",
             "instructions":"Open a PR for any good-first-issue","evidenceKind":"LINK","status":"APPROVED",
             "evidence":"https://github.com/org/cli/pull/42","submittedAt":"2027-01-14T12:00:00Z","reviewedBy":"mia",
             "reviewedAt":"2027-01-15T08:00:00Z"}""";
    static final String EVIDENCE = """
            {"evidence":"https://github.com/org/cli/pull/42"}""";
    static final String RETURN = """
            {"comment":"The PR is not merged yet; please address the review first."}""";
    static final String ONBOARDING = """
            {"applicationId":"3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44","status":"ACCEPTED",
             "contract":{"version":"2026.1","text":"I agree to ...","signed":true,"signedVersion":"2026.1",
             "legalName":"Alice Example","signedAt":"2027-01-28T10:00:00Z","clientAddress":"203.0.113.7"},
             "hrSteps":[{"step":"identity-check","done":true,"doneBy":"cora","doneAt":"2027-01-29T10:00:00Z"},
             {"step":"tax-form","done":false}],"mentorshipId":null}""";
    static final String SIGN = """
            {"legalName":"Alice Example","contractVersion":"2026.1"}""";
    static final String CALL_TASKS = """
            {"items":[{"id":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c55","applicationId":"3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44",
             "applicantId":"bob","phone":"+1 555 0100","script":"Congratulations Bob: you were accepted ...",
             "dueAt":"2027-01-29T10:00:00Z","status":"OPEN"}],"page":0,"size":20,"total":1}""";
    static final String CALL_TASK = """
            {"id":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c55","applicationId":"3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44",
             "applicantId":"bob","phone":"+1 555 0100","script":"Congratulations Bob: you were accepted ...",
             "dueAt":"2027-01-29T10:00:00Z","status":"DONE","doneBy":"cora","doneAt":"2027-01-28T15:00:00Z",
             "note":"Reached Bob, he is delighted"}""";
    static final String CALL_DONE = """
            {"note":"Reached Bob, he is delighted"}""";
    static final String SUMMARY = """
            {"role":"mentee","applications":{"SUBMITTED":2},"open":[{"applicationId":"3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44",
             "projectTitle":"Improve the CLI docs","status":"SUBMITTED","nextStep":{"action":"COMPLETE_PREREQUISITES",
             "deadline":"2027-03-03T00:00:00Z"}}]}""";
    static final String PROBLEM = """
            {"type":"https://mentorship.example.org/problems/no-free-slot","title":"No free slot","status":409,
             "detail":"All 2 slots of 'Improve the CLI docs' are taken","instance":"/api/v1/applications/3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44/decision"}""";

    static final String ERASURE_REQUEST = """
            {"id":"8f14e45f-ceea-4e7a-9b1d-2c3d4e5f6a7b","personId":"alice","pseudonym":"erased-8f14e45f",
             "origin":"PERSON","requestedAt":"2027-07-01T10:00:00Z","carriedOutAt":"2027-07-01T10:00:00Z"}""";
    static final String ERASURE_REQUESTS = """
            {"items":[{"id":"8f14e45f-ceea-4e7a-9b1d-2c3d4e5f6a7b","personId":"alice","pseudonym":"erased-8f14e45f",
             "origin":"PERSON","requestedAt":"2027-07-01T10:00:00Z","carriedOutAt":"2027-07-01T10:00:00Z"}],
             "page":0,"size":20,"total":1}""";
    static final String ERASURE_NOT_NOW = """
            {"type":"https://mentorship.example.org/problems/erasure-not-now","title":"Erasure not possible now",
             "status":409,"detail":"Your mentorship is still running: evaluations and payments depend on your record.",
             "instance":"/api/v1/me/erasure"}""";

    static final String PERSON_PROFILE_REQUEST = """
            {"timeZone":"Europe/Berlin","channels":{"decision":"phone","prerequisite-reminder":"feed"}}""";
    static final String PERSON_PROFILE = """
            {"personId":"alice","timeZone":"Europe/Berlin","channels":{"decision":"phone","onboarding":"email",
             "prerequisite-reminder":"feed","evaluation-reminder":"email","evaluation-result":"email","payment":"email",
             "payee-details-reminder":"email","survey-open":"email","exam-reminder":"email","certificate":"email",
             "webhook-disabled":"email"},"changedAt":"2027-01-12T09:00:00Z"}""";
    static final String UNKNOWN_NOTICE_KIND = """
            {"type":"https://mentorship.example.org/problems/unknown-notice-kind","title":"Unknown notice kind",
             "status":422,"detail":"'newsletter' is no kind of notice","instance":"/api/v1/me/profile"}""";

    static final String PERSONAL_DATA = """
            {"personId":"alice","settings":{"personId":"alice","timeZone":"Europe/Berlin","channels":{"decision":"email"},
             "changedAt":"2027-01-12T09:00:00Z"},"applicantProfile":{"userId":"alice","name":"Alice Example",
             "email":"alice@example.org","phone":"+49 30 1234567","preferredContact":"EMAIL","timeZone":"Europe/Berlin",
             "country":"DE","version":0},"applications":[],"notices":[{"id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427",
             "kind":"decision","subject":"Your application to Improve the CLI docs","text":"Thank you Alice ...",
             "channel":"email","createdAt":"2027-03-03T00:00:00Z","readAt":null}],"eligibilityAnswers":[],"erasureRequest":null}""";

    static final String ELIGIBILITY_RULES_REQUEST = """
            {"minHoursPerWeek":15,"over18Required":true,"paidCountries":["DE","FR","US"],
             "flagOtherCommitmentsOverHours":20}""";
    static final String ELIGIBILITY_RULES = """
            {"termId":"5f0c1b8e-7c2a-4c41-9d0e-2a4f9e1d7b10","minHoursPerWeek":15,"over18Required":true,
             "paidCountries":["DE","FR","US"],"flagOtherCommitmentsOverHours":20,
             "questions":[{"field":"hoursPerWeek","answerFormat":"integer","required":true,
             "text":"How many hours a week can you give the project?"}],"changedAt":"2027-01-05T09:00:00Z","version":0}""";
    static final String ELIGIBILITY_ANSWER_REQUEST = """
            {"hoursPerWeek":20,"otherCommitments":"University, 3 courses","otherCommitmentHours":12,"over18":true,
             "country":"DE"}""";
    static final String ELIGIBILITY_ANSWER = """
            {"termId":"5f0c1b8e-7c2a-4c41-9d0e-2a4f9e1d7b10","personId":"alice","hoursPerWeek":20,
             "otherCommitments":"University, 3 courses","otherCommitmentHours":12,"over18":true,"country":"DE",
             "answeredAt":"2027-01-11T09:00:00Z"}""";

    static final String SCREENING = """
            {"verdict":"SPAM","reason":"Motivation copied from another application, link farm"}""";
    static final String PREFERENCES_REQUEST = """
            {"applicationIds":["3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44","8e1d2c3b-4a5f-4e6d-9c8b-7a6f5e4d3c55"]}""";
    static final String PREFERENCES = """
            {"termId":"5f0c1b8e-7c2a-4c41-9d0e-2a4f9e1d7b10","applications":[
             {"applicationId":"3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44","projectId":"0b6f8a64-3c4c-4f55-8a3e-7a9a4b0d1c22",
              "projectTitle":"Improve the CLI docs","status":"SUBMITTED","preferenceRank":1},
             {"applicationId":"8e1d2c3b-4a5f-4e6d-9c8b-7a6f5e4d3c55","projectId":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c66",
              "projectTitle":"Faster builds","status":"SUBMITTED","preferenceRank":2}]}""";
    static final String RUBRIC_REQUEST = """
            {"criteria":[{"key":"prerequisites","label":"Quality of the prerequisite work","maxPoints":10},
             {"key":"motivation","label":"Motivation and fit","maxPoints":5}],"version":null}""";
    static final String RUBRIC = """
            {"projectId":"0b6f8a64-3c4c-4f55-8a3e-7a9a4b0d1c22","criteria":[
             {"key":"prerequisites","label":"Quality of the prerequisite work","maxPoints":10},
             {"key":"motivation","label":"Motivation and fit","maxPoints":5}],"maxTotal":15,
             "changedAt":"2027-01-11T08:00:00Z","changedBy":"cora","version":0}""";
    static final String SCORE_REQUEST = """
            {"scores":{"prerequisites":8,"motivation":4},"comment":"Clean first PR, clear plan"}""";
    static final String SCORE = """
            {"applicationId":"3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44","reviewer":"mia",
             "scores":{"motivation":4,"prerequisites":8},"total":12,"comment":"Clean first PR, clear plan",
             "scoredAt":"2027-01-20T14:00:00Z"}""";
    static final String SCORES = """
            {"applicationId":"3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44","maxTotal":15,
             "reviews":[{"applicationId":"3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44","reviewer":"mia",
              "scores":{"motivation":4,"prerequisites":8},"total":12,"comment":"Clean first PR, clear plan",
              "scoredAt":"2027-01-20T14:00:00Z"},
              {"applicationId":"3c9a0e5e-1f2b-4d7a-8f6e-9b0c1d2e3f44","reviewer":"max",
              "scores":{"motivation":3,"prerequisites":6},"total":9,"scoredAt":"2027-01-21T09:30:00Z"}],
             "averages":{"prerequisites":7.00,"motivation":3.50},"averageTotal":10.50,"reviewCount":2}""";

    private Examples() {}

    static final String MENTOR_INVITATION = """
            {"mentorId":"max","name":"Max Example","email":"max@example.org","role":"CO_MENTOR","capacity":3,
             "replacesMentorId":"mia"}""";
    static final String MENTOR_INVITED = """
            {"id":"6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c44","projectId":"0b6f8a64-3c4c-4f55-8a3e-7a9a4b0d1c22",
             "mentorId":"max","name":"Max Example","email":"max@example.org","role":"CO_MENTOR","status":"INVITED",
             "origin":"INVITATION","capacity":3,"invitedBy":"cora","invitedAt":"2027-01-12T09:00:00Z",
             "replacesMentorId":"mia","version":0}""";
    static final String MENTOR_ACTIVE = """
            {"id":"6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c44","projectId":"0b6f8a64-3c4c-4f55-8a3e-7a9a4b0d1c22",
             "mentorId":"max","name":"Max Example","email":"max@example.org","role":"CO_MENTOR","status":"ACTIVE",
             "origin":"INVITATION","capacity":3,"invitedBy":"cora","invitedAt":"2027-01-12T09:00:00Z",
             "activeSince":"2027-01-13T10:00:00Z",
             "agreement":{"version":"2026.1","text":"I agree to mentor ...","legalName":"Max Example",
             "signedAt":"2027-01-13T10:00:00Z"},
             "replacesMentorId":"mia","version":1}""";
    static final String MENTOR_RESIGNED = """
            {"id":"1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a55","projectId":"0b6f8a64-3c4c-4f55-8a3e-7a9a4b0d1c22",
             "mentorId":"mia","email":"mia@example.org","role":"PRIMARY","status":"RESIGNED","origin":"CREATION",
             "invitedBy":"cora","invitedAt":"2027-01-05T09:00:00Z","activeSince":"2027-01-05T09:00:00Z",
             "resignedAt":"2027-04-02T08:00:00Z","resignationReason":"A new job leaves me no time","version":1}""";
    static final String MENTORS = "[" + MENTOR_RESIGNED + "," + MENTOR_ACTIVE + "]";
    static final String MENTOR_AGREEMENT = """
            {"version":"2026.1","text":"I agree to mentor under the program's code of conduct ..."}""";
    static final String MENTOR_ACCEPTANCE = """
            {"agreementVersion":"2026.1","legalName":"Max Example"}""";
    static final String MENTOR_RESIGNATION = """
            {"reason":"A new job leaves me no time"}""";
}
