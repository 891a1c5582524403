-- Issue 19. The program output MentorshipCompleted carries (a mentor confirmed it), named on the Letter of
-- Completion; the survey's opening and its due instant; the mentee's opt-in to the public list of graduates.
alter table completion
    add column work_product_url     varchar(2000),
    add column final_report         varchar(4000),
    add column survey_opened_at     timestamptz,
    add column requirements_due_at  timestamptz,
    add column publicly_listed      boolean not null default false,
    add column listing_changed_at   timestamptz;
create index completion_listed on completion (term_id) where publicly_listed;

-- Signed with the letter's other facts when present (a letter issued before names none and verifies as before).
alter table certificate add column work_product_url varchar(2000);

-- A notice to the mentee about the completion requirements is sent once per record, kind and due instant.
create table completion_notice (
    id            uuid         primary key,
    completion_id uuid         not null references completion (id),
    kind          varchar(20)  not null check (kind in ('SURVEY_OPEN', 'EXAM_REMINDER')),
    due_at        timestamptz  not null,
    sent_at       timestamptz  not null,
    constraint completion_notice_once unique (completion_id, kind, due_at)
);
