-- Issue 19, people: erasure requests, the applicant's erased mark, and the once-per-application prerequisite reminder.
-- A person's erasure request, kept after it is carried out (the record that it was asked and done). One per person:
-- asking again answers the first record. origin says whether the person asked or the retention job did it.
create table erasure_request (
    id             uuid         primary key,
    person         varchar(120) not null unique,
    requested_at   timestamptz  not null,
    carried_out_at timestamptz,
    origin         varchar(10)  not null check (origin in ('PERSON', 'RETENTION'))
);
create index erasure_request_requested on erasure_request (requested_at desc);

-- Set when the applicant's name, e-mail, phone and free texts were replaced by the pseudonym.
alter table applicant add column erased_at timestamptz;

-- One reminder per application: the unique key makes a second run (or a second replica) send nothing more.
create table prerequisite_reminder (
    application_id uuid        primary key references application (id),
    sent_at        timestamptz not null
);
