-- Issue 18, mentors as people with a lifecycle. One row per mentor and project: invited by a coordinator or the
-- organisation's admin, ACTIVE once she signed the mentor agreement (its text and version kept as signed), then
-- RESIGNED or REPLACED. The project's project_mentor / project_mentor_email rows stay the derived set of its ACTIVE
-- mentors (every permission check reads them); the service keeps both in step. A mentor may be invited again after
-- she left, so a (project, mentor) pair is unique only among the rows still INVITED or ACTIVE.
create table mentor_assignment (
    id                 uuid         primary key,
    project_id         uuid         not null references project (id) on delete cascade,
    mentor_id          varchar(120) not null,
    role               varchar(10)  not null check (role in ('PRIMARY', 'CO_MENTOR')),
    status             varchar(10)  not null check (status in ('INVITED', 'ACTIVE', 'RESIGNED', 'REPLACED')),
    -- CREATION: named when the project was created, EDIT: added by a project edit (both ACTIVE at once, no
    -- agreement); INVITATION: invited, ACTIVE when she signs.
    origin             varchar(10)  not null check (origin in ('CREATION', 'EDIT', 'INVITATION')),
    name               varchar(200),
    email              varchar(320),
    -- Most accepted-or-onboarded mentees of a term she takes (MentorCapacityPolicy); null: no limit.
    capacity           int          check (capacity between 1 and 20),
    invited_by         varchar(120) not null,
    invited_at         timestamptz  not null,
    active_since       timestamptz,
    agreement_version  varchar(40),
    agreement_text     text,
    legal_name         varchar(200),
    signed_at          timestamptz,
    replaces_mentor_id varchar(120),
    replaced_by        varchar(120),
    replaced_at        timestamptz,
    resigned_at        timestamptz,
    resignation_reason text,
    version            bigint       not null default 0,
    constraint mentor_assignment_invited_with_capacity check (origin <> 'INVITATION' or capacity is not null),
    constraint mentor_assignment_agreement_whole check (
        (agreement_version is null) = (signed_at is null)
        and (agreement_version is null) = (agreement_text is null)
        and (agreement_version is null) = (legal_name is null)),
    constraint mentor_assignment_active_signed check (
        origin <> 'INVITATION' or status = 'INVITED' or signed_at is not null)
);
create unique index mentor_assignment_current on mentor_assignment (project_id, mentor_id)
    where status in ('INVITED', 'ACTIVE');
create unique index mentor_assignment_one_primary on mentor_assignment (project_id)
    where role = 'PRIMARY' and status = 'ACTIVE';
create index mentor_assignment_of_project on mentor_assignment (project_id, invited_at);
create index mentor_assignment_active_by_mentor on mentor_assignment (mentor_id) where status = 'ACTIVE';

-- Every status change of an assignment: who, when, from, to, why (platform StatusChange).
create table mentor_assignment_history (
    id            uuid         primary key,
    assignment_id uuid         not null references mentor_assignment (id) on delete cascade,
    at            timestamptz  not null,
    actor         varchar(120) not null,
    from_status   varchar(10),
    to_status     varchar(10)  not null,
    reason        text
);
create index mentor_assignment_history_of on mentor_assignment_history (assignment_id, at);

-- The mentors projects already have become ACTIVE assignments from their creation (one PRIMARY per project: the
-- first by id, as the order they were named in was not kept), with the address the coordinator gave.
insert into mentor_assignment (id, project_id, mentor_id, role, status, origin, email, invited_by, invited_at,
                               active_since)
select gen_random_uuid(), pm.project_id, pm.mentor_id,
       case when row_number() over (partition by pm.project_id order by pm.mentor_id) = 1
            then 'PRIMARY' else 'CO_MENTOR' end,
       'ACTIVE', 'CREATION', e.email, 'migration', now(), now()
from project_mentor pm
left join project_mentor_email e on e.project_id = pm.project_id and e.mentor_id = pm.mentor_id;
insert into mentor_assignment_history (id, assignment_id, at, actor, from_status, to_status, reason)
select gen_random_uuid(), id, invited_at, 'migration', null, 'ACTIVE', 'assigned at creation'
from mentor_assignment;
