-- Stage 1 and 2 of the program: terms, projects, applicants, applications, prerequisites, decisions,
-- notifications and onboarding.

create table term (
    id                     uuid         primary key,
    name                   varchar(120) not null,
    applications_open_at   timestamptz  not null,
    applications_close_at  timestamptz  not null,
    review_days            int          not null check (review_days >= 14),
    program_start          date         not null,
    program_end            date         not null,
    version                bigint       not null default 0,
    check (applications_close_at > applications_open_at),
    check (program_end > program_start)
);

create table project (
    id               uuid          primary key,
    term_id          uuid          not null references term (id),
    organization     varchar(120)  not null,
    title            varchar(200)  not null,
    description      text          not null,
    slots            int           not null check (slots >= 1),
    evaluation_count int           not null check (evaluation_count in (3, 4)),
    published        boolean       not null default false,
    version          bigint        not null default 0
);
create index project_term on project (term_id);
create index project_organization on project (lower(organization));

create table project_skill (
    project_id uuid         not null references project (id) on delete cascade,
    skill      varchar(60)  not null,
    primary key (project_id, skill)
);
create index project_skill_skill on project_skill (lower(skill));

create table project_mentor (
    project_id uuid         not null references project (id) on delete cascade,
    mentor_id  varchar(120) not null,
    primary key (project_id, mentor_id)
);
create index project_mentor_mentor on project_mentor (mentor_id);

create table prerequisite_task (
    id            uuid          primary key,
    project_id    uuid          not null references project (id) on delete cascade,
    position      int           not null,
    title         varchar(200)  not null,
    instructions  text          not null,
    evidence_kind varchar(10)   not null check (evidence_kind in ('LINK', 'TEXT')),
    unique (project_id, position)
);

create table applicant (
    user_id           varchar(120) primary key,
    name              varchar(200) not null,
    email             varchar(254) not null,
    phone             varchar(40),
    preferred_contact varchar(10)  not null check (preferred_contact in ('EMAIL', 'PHONE')),
    time_zone         varchar(60)  not null,
    country           varchar(2)   not null,
    version           bigint       not null default 0
);

create table application (
    id                 uuid         primary key,
    term_id            uuid         not null references term (id),
    project_id         uuid         not null references project (id),
    applicant_id       varchar(120) not null references applicant (user_id),
    status             varchar(12)  not null check (status in
                         ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'ONBOARDED', 'COMPLETED', 'GRADUATED', 'ENDED')),
    motivation         text,
    submitted_at       timestamptz  not null,
    decided_at         timestamptz,
    decided_by         varchar(120),
    decision_reason    text,
    override_reason    text,
    recommendation     varchar(10),
    recommended_by     varchar(120),
    recommendation_note text,
    mentorship_id      uuid         unique,
    version            bigint       not null default 0,
    -- One application per project per applicant.
    constraint application_once unique (applicant_id, project_id)
);
create index application_term_applicant on application (term_id, applicant_id);
create index application_project_status on application (project_id, status);
create index application_status on application (status);

create table application_prerequisite (
    id             uuid         primary key,
    application_id uuid         not null references application (id),
    task_id        uuid         not null references prerequisite_task (id),
    position       int          not null,
    status         varchar(12)  not null check (status in ('NOT_STARTED', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    evidence       text,
    submitted_at   timestamptz,
    reviewed_by    varchar(120),
    reviewed_at    timestamptz,
    review_comment text,
    version        bigint       not null default 0,
    unique (application_id, task_id)
);

create table application_history (
    id             uuid         primary key,
    application_id uuid         not null references application (id),
    at             timestamptz  not null,
    actor          varchar(120) not null,
    from_status    varchar(12),
    to_status      varchar(12)  not null,
    reason         text,
    internal_note  text
);
create index application_history_application on application_history (application_id, at);

create table notification (
    id              uuid         primary key,
    application_id  uuid         not null references application (id),
    recipient       varchar(254) not null,
    subject         varchar(300) not null,
    body            text         not null,
    state           varchar(10)  not null check (state in ('PENDING', 'SENT', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      text,
    created_at      timestamptz  not null,
    sent_at         timestamptz
);
create index notification_due on notification (next_attempt_at) where state = 'PENDING';

create table call_task (
    id             uuid         primary key,
    application_id uuid         not null references application (id),
    applicant_id   varchar(120) not null,
    phone          varchar(40)  not null,
    script         text         not null,
    due_at         timestamptz  not null,
    status         varchar(6)   not null check (status in ('OPEN', 'DONE')),
    done_by        varchar(120),
    done_at        timestamptz,
    note           text,
    version        bigint       not null default 0
);
create index call_task_status on call_task (status, due_at);

-- The signed contract is evidence: once written it never changes.
create table contract_signature (
    application_id   uuid         primary key references application (id),
    contract_version varchar(40)  not null,
    contract_text    text         not null,
    legal_name       varchar(200) not null,
    signed_at        timestamptz  not null,
    client_address   varchar(64)  not null
);
create function contract_signature_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a contract signature is immutable';
end $$;
create trigger contract_signature_no_change before update or delete on contract_signature
    for each row execute function contract_signature_immutable();

create table hr_step (
    application_id uuid         not null references application (id),
    step           varchar(60)  not null,
    position       int          not null,
    done_by        varchar(120),
    done_at        timestamptz,
    primary key (application_id, step)
);
