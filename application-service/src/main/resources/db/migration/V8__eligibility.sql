-- Issue 18, eligibility and conflicts: a term's eligibility questions and rules, each applicant's one answer per
-- term, and the flags an application carries for its reviewers.

-- A coordinator's rules for one term; a term without a row asks nothing and refuses nobody.
create table term_eligibility_rules (
    term_id                           uuid        primary key references term (id),
    min_hours_per_week                integer     check (min_hours_per_week between 0 and 168),
    adults_only                       boolean     not null,
    flag_other_commitments_over_hours integer     check (flag_other_commitments_over_hours between 0 and 168),
    changed_at                        timestamptz not null,
    changed_by                        varchar(120) not null,
    version                           bigint      not null
);

-- The countries (ISO 3166-1 alpha-2) where a stipend can be paid; none listed means no country is flagged.
create table term_paid_country (
    term_id uuid       not null references term_eligibility_rules (term_id),
    country varchar(2) not null,
    primary key (term_id, country)
);

-- One answer per person and term: the unique key keeps a second one out whatever races.
create table eligibility_answer (
    id                     uuid          primary key,
    term_id                uuid          not null references term (id),
    person                 varchar(120)  not null,
    hours_per_week         integer       not null check (hours_per_week between 0 and 168),
    other_commitments      varchar(2000),
    other_commitment_hours integer       not null check (other_commitment_hours between 0 and 168),
    over18                 boolean       not null,
    country                varchar(2)    not null,
    answered_at            timestamptz   not null,
    constraint eligibility_answer_once unique (person, term_id)
);

-- The flag rules an application met when it was submitted (comma-separated rule names), for its reviewers.
alter table application add column eligibility_flags varchar(200);
