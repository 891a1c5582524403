-- Issue 18, selection for thousands (first part): the applicant's preference order, a rubric per project, each
-- reviewer's scores, and the coordinator's screening verdict (spam, ineligible).

-- The applicant's own order of her applications of a term (1 = first choice); null until she ranks them.
alter table application add column preference_rank integer check (preference_rank >= 1);
-- SPAM or INELIGIBLE when a coordinator screened the application out (it is REJECTED then).
alter table application add column screening_verdict varchar(20);
-- Kept from the score sets below in the scoring transaction, so the coordinators' list sorts by them in SQL.
alter table application add column average_score numeric(7, 2);
alter table application add column review_count integer not null default 0;
create index application_average_score on application (average_score desc nulls last, submitted_at, id);

-- A project's rubric: its criteria in order, each with a key, a label and the most points it gives.
create table project_rubric (
    project_id uuid         primary key references project (id),
    changed_at timestamptz  not null,
    changed_by varchar(120) not null,
    version    bigint       not null
);

create table project_rubric_criterion (
    project_id uuid         not null references project_rubric (project_id),
    position   integer      not null,
    key        varchar(40)  not null,
    label      varchar(200) not null,
    max_points integer      not null check (max_points between 1 and 100),
    primary key (project_id, position),
    constraint rubric_criterion_once unique (project_id, key)
);

-- One score set per reviewer and application (the unique key keeps a second one out whatever races).
create table application_score (
    id             uuid          primary key,
    application_id uuid          not null references application (id),
    reviewer       varchar(120)  not null,
    total          integer       not null check (total >= 0),
    comment        varchar(2000),
    scored_at      timestamptz   not null,
    version        bigint        not null,
    constraint application_score_once unique (application_id, reviewer)
);
create index application_score_reviewer on application_score (reviewer);

create table application_score_point (
    score_id  uuid        not null references application_score (id),
    criterion varchar(40) not null,
    points    integer     not null check (points >= 0),
    primary key (score_id, criterion)
);
