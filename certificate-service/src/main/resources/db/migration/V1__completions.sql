-- One completion record per mentorship: the checklist towards the Letter of Completion.
-- Created by whichever of MenteeOnboarded / MentorshipCompleted / MentorshipTerminated arrives first (they travel on
-- different topics, so their order is not guaranteed); the onboarding facts are filled in when MenteeOnboarded comes.
create table completion (
    id                      uuid         primary key,
    mentorship_id           uuid         not null,
    mentee_id               varchar(200) not null,
    status                  varchar(12)  not null check (status in ('OPEN', 'CERTIFIED', 'CLOSED')),
    onboarded               boolean      not null default false,
    mentee_name             varchar(300),
    mentee_email            varchar(320),
    term_id                 uuid,
    term_name               varchar(200),
    project_id              uuid,
    project_title           varchar(300),
    organization            varchar(300),
    program_start           date,
    program_end             date,
    onboarded_at            timestamptz,
    mentorship_completed_at timestamptz,
    closed_at               timestamptz,
    close_reason            varchar(1000),
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    version                 bigint       not null default 0,
    -- Exactly one record per mentorship, whatever is redelivered.
    constraint completion_once unique (mentorship_id)
);
create index completion_mentee on completion (mentee_id);
create index completion_status on completion (status);

create table completion_mentor (
    completion_id uuid         not null references completion (id),
    mentor_id     varchar(200) not null,
    primary key (completion_id, mentor_id)
);
create index completion_mentor_by_mentor on completion_mentor (mentor_id);

-- Every change of a completion record: status changes and requirements met (who, when, from, to, why).
create table completion_history (
    id            uuid          primary key,
    completion_id uuid          not null references completion (id),
    at            timestamptz   not null,
    actor         varchar(200)  not null,
    from_status   varchar(12),
    to_status     varchar(12)   not null,
    reason        varchar(1000) not null
);
create index completion_history_of on completion_history (completion_id, at);

-- Exams a mentee must (or may) pass: program-wide when project_id is null, else for one project.
create table exam_definition (
    id          uuid         primary key,
    name        varchar(200) not null,
    project_id  uuid,
    pass_mark   int          not null check (pass_mark between 0 and 100),
    required    boolean      not null,
    created_at  timestamptz  not null,
    created_by  varchar(200) not null
);
create index exam_definition_project on exam_definition (project_id);

-- Every attempt is kept; passed is decided when recorded, against the pass mark of the definition.
create table exam_result (
    id              uuid         primary key,
    exam_id         uuid         not null references exam_definition (id),
    mentorship_id   uuid         not null,
    mentee_id       varchar(200) not null,
    score           int          not null check (score between 0 and 100),
    passed          boolean      not null,
    taken_at        timestamptz  not null,
    recorded_at     timestamptz  not null,
    recorded_by     varchar(200) not null,
    recorder_role   varchar(20)  not null,
    idempotency_key varchar(200),
    constraint exam_result_idempotent unique (recorded_by, idempotency_key)
);
create index exam_result_of on exam_result (mentorship_id, exam_id);

-- The feedback survey: each version is an immutable set of questions; the latest is the one answered.
create table survey_version (
    id          uuid         primary key,
    version     int          not null unique,
    title       varchar(300) not null,
    questions   jsonb        not null,
    created_at  timestamptz  not null,
    created_by  varchar(200) not null
);

create table survey_answer (
    id                uuid         primary key,
    mentorship_id     uuid         not null,
    mentee_id         varchar(200) not null,
    survey_version_id uuid         not null references survey_version (id),
    project_id        uuid,
    answers           jsonb        not null,
    submitted_at      timestamptz  not null,
    -- One answer per mentee per mentorship.
    constraint survey_answer_once unique (mentorship_id)
);
create index survey_answer_version on survey_answer (survey_version_id, project_id);

-- Letters of Completion. content + signature are what was signed at issue; verification recomputes the content
-- from the columns, so a change to any signed column is detected.
create table certificate (
    id                uuid          primary key,
    mentorship_id     uuid          not null,
    completion_id     uuid          not null references completion (id),
    mentee_id         varchar(200)  not null,
    mentee_name       varchar(300)  not null,
    mentee_email      varchar(320)  not null,
    term_name         varchar(200)  not null,
    project_title     varchar(300)  not null,
    organization      varchar(300)  not null,
    program_start     date          not null,
    program_end       date          not null,
    completed_at      timestamptz   not null,
    issued_at         timestamptz   not null,
    verification_code varchar(32)   not null,
    verification_url  varchar(1000) not null,
    key_id            varchar(64)   not null,
    signature         varchar(200)  not null,
    status            varchar(10)   not null check (status in ('VALID', 'REVOKED')),
    revoked_at        timestamptz,
    revoked_by        varchar(200),
    revocation_reason varchar(1000),
    mailed_at         timestamptz,
    mail_attempts     int           not null default 0,
    version           bigint        not null default 0,
    -- Exactly one certificate per mentorship, whatever order the requirements arrive in.
    constraint certificate_once unique (mentorship_id),
    constraint certificate_code unique (verification_code)
);
create index certificate_mentee on certificate (mentee_id);
create index certificate_unmailed on certificate (issued_at) where mailed_at is null;

create table certificate_history (
    id             uuid          primary key,
    certificate_id uuid          not null references certificate (id),
    at             timestamptz   not null,
    actor          varchar(200)  not null,
    from_status    varchar(10),
    to_status      varchar(10)   not null,
    reason         varchar(1000) not null
);
create index certificate_history_of on certificate_history (certificate_id, at);
