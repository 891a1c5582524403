-- The mentorship model: a mentorship (created once from MenteeOnboarded) owns its evaluation schedule, its project
-- plan, its participation record and its reminders. V1's free-standing evaluation rows had no mentorship behind
-- them (only the first-flow demo wrote any), so the table is replaced rather than migrated.
drop table evaluation;

create table mentorship (
    id                uuid         primary key, -- the id MenteeOnboarded carries: a second event for it is a no-op
    application_id    uuid         not null,
    term_id           uuid         not null,
    term_name         varchar(200) not null,
    project_id        uuid         not null,
    project_title     varchar(300) not null,
    organization      varchar(300) not null,
    mentee_id         varchar(200) not null,
    mentee_name       varchar(300) not null,
    mentee_email      varchar(320) not null,
    evaluation_count  int          not null check (evaluation_count between 3 and 4),
    starts_on         date         not null,
    ends_on           date         not null,
    original_ends_on  date         not null,
    extension_weeks   int          not null default 0 check (extension_weeks between 0 and 5),
    status            varchar(20)  not null check (status in ('ACTIVE', 'EXTENDED', 'COMPLETED', 'TERMINATED')),
    end_reason        varchar(2000),
    ended_at          timestamptz,
    created_at        timestamptz  not null,
    version           bigint       not null default 0,
    check (ends_on >= starts_on)
);
create index mentorship_mentee on mentorship (mentee_id);
create index mentorship_status on mentorship (status);

create table mentorship_mentor (
    mentorship_id uuid         not null references mentorship (id),
    mentor_id     varchar(200) not null,
    primary key (mentorship_id, mentor_id)
);
create index mentorship_mentor_by_mentor on mentorship_mentor (mentor_id);

-- Who changed a mentorship's status, when, from what, to what and why.
create table mentorship_history (
    id            uuid         primary key,
    mentorship_id uuid         not null references mentorship (id),
    from_status   varchar(20),
    to_status     varchar(20)  not null,
    actor         varchar(200) not null,
    reason        varchar(2000),
    at            timestamptz  not null
);
create index mentorship_history_of on mentorship_history (mentorship_id, at);

create table evaluation (
    id                  uuid          primary key,
    mentorship_id       uuid          not null references mentorship (id),
    number              int           not null check (number between 1 and 4),
    total               int           not null check (total between 3 and 4 and number <= total),
    due_at              timestamptz   not null,
    window_opens_at     timestamptz   not null,
    status              varchar(20)   not null check (status in ('SCHEDULED', 'SUBMITTED', 'REOPENED')),
    outcome             varchar(10)   check (outcome in ('PASS', 'FAIL', 'EXTEND')),
    score_tasks         int           check (score_tasks between 1 and 5),
    score_engagement    int           check (score_engagement between 1 and 5),
    score_progress      int           check (score_progress between 1 and 5),
    comments_for_mentee varchar(10000),
    private_comments    varchar(10000),
    submitted_by        varchar(200),
    submitted_at        timestamptz,
    late                boolean       not null default false,
    version             bigint        not null default 0,
    -- One evaluation per number per mentorship.
    constraint evaluation_once unique (mentorship_id, number)
);
create index evaluation_pending_due on evaluation (due_at) where status <> 'SUBMITTED';

-- Every submission, extension and reopening of an evaluation: who, when, from, to, why (and what was decided).
create table evaluation_history (
    id            uuid         primary key,
    evaluation_id uuid         not null references evaluation (id),
    action        varchar(20)  not null,
    from_status   varchar(20),
    to_status     varchar(20)  not null,
    outcome       varchar(10),
    -- What the mentor submitted (an extension's scores stay here after the evaluation is submitted again).
    score_tasks         int,
    score_engagement    int,
    score_progress      int,
    comments_for_mentee varchar(10000),
    private_comments    varchar(10000),
    extension_weeks     int,
    actor         varchar(200) not null,
    reason        varchar(2000),
    at            timestamptz  not null
);
create index evaluation_history_of on evaluation_history (evaluation_id, at);

create table milestone (
    id                  uuid          primary key,
    mentorship_id       uuid          not null references mentorship (id),
    title               varchar(300)  not null,
    due_on              date          not null,
    acceptance_criteria varchar(5000) not null,
    status              varchar(20)   not null check (status in ('OPEN', 'MET')),
    met_at              timestamptz,
    created_at          timestamptz   not null,
    version             bigint        not null default 0
);
create index milestone_of on milestone (mentorship_id);

create table plan_task (
    id            uuid          primary key,
    mentorship_id uuid          not null references mentorship (id),
    milestone_id  uuid          references milestone (id),
    title         varchar(300)  not null,
    description   varchar(5000),
    kind          varchar(20)   not null check (kind in ('STARTER', 'STANDARD', 'ADVANCED')),
    status        varchar(20)   not null check (status in ('TODO', 'IN_PROGRESS', 'IN_REVIEW', 'DONE')),
    done_at       timestamptz,
    created_at    timestamptz   not null,
    version       bigint        not null default 0
);
create index plan_task_of on plan_task (mentorship_id);

create table plan_task_evidence (
    task_id  uuid          not null references plan_task (id),
    position int           not null,
    link     varchar(2000) not null,
    primary key (task_id, position)
);

create table participation (
    id            uuid          primary key,
    mentorship_id uuid          not null references mentorship (id),
    kind          varchar(20)   not null check (kind in ('MEETING', 'DISCUSSION', 'CONTRIBUTION', 'MENTOR_CONTACT')),
    title         varchar(300)  not null,
    link          varchar(2000),
    occurred_at   timestamptz   not null,
    recorded_by   varchar(200)  not null,
    recorded_at   timestamptz   not null
);
create index participation_of on participation (mentorship_id, occurred_at);

-- A reminder is sent once per evaluation, kind, recipient and due date (an extension moves the due date, and the
-- reminders of the new date are new ones).
create table reminder (
    id            uuid          primary key,
    evaluation_id uuid          not null references evaluation (id),
    mentorship_id uuid          not null references mentorship (id),
    kind          varchar(20)   not null check (kind in ('UPCOMING', 'DUE_TODAY', 'OVERDUE', 'ESCALATED')),
    recipient_id  varchar(200)  not null,
    email         varchar(320)  not null,
    due_at        timestamptz   not null,
    sent_at       timestamptz   not null,
    constraint reminder_once unique (evaluation_id, kind, recipient_id, due_at)
);
create index reminder_recipient on reminder (recipient_id, sent_at);
