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

-- The platform's person_setting is the one truth of a person's time zone and channels: applicants who set theirs
-- before it existed carry them over (their preferred contact is the channel of decisions). The other services learn
-- them with the person's next change (PersonSettingsChanged); until then they show UTC and send e-mail.
insert into person_setting (person_id, time_zone, channels, changed_at)
select user_id,
       time_zone,
       case when preferred_contact = 'PHONE' then '{"decision":"phone"}'::jsonb else '{}'::jsonb end,
       now()
from applicant
on conflict (person_id) do nothing;
