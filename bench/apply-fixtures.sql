-- Fixtures of the apply spike (bench/run), written straight into application-service's database so that thousands of
-- rows cost a second. Run by psql with the variables:
--   set        a short tag of this fixture set ('api' for the HTTP loads, 'pgb' for pgbench), kept in names
--   idprefix   the first 19 characters of every id of the set, e.g. '6750f1aa-a000-4000-' (bench/run derives it
--              from the run and the set); the last group of an id is its kind (8001 term, 8002 project, 8003 task)
--              and the row number in 12 hex digits, so bench/apply.pgbench and apply-spike.lua compute the ids
--   users      how many applicants (user ids <userprefix>1 .. <userprefix><users>, each with a profile)
--   userprefix e.g. 'bench-1733140000-'
--   projects   how many published projects, three to a term (an applicant may apply three times a term)
-- Each project is shaped like the API's own (two skills, one mentor with an email, one prerequisite task), so the
-- service's project read returns as many rows as it does for a real project. The terms take applications from 400
-- days before until 400 days after now, whatever the program clocks were moved by.
\set ON_ERROR_STOP on
begin;
insert into applicant (user_id, name, email, phone, preferred_contact, time_zone, country)
select :'userprefix' || i, 'Bench applicant ' || i, :'userprefix' || i || '@bench.example.org', null, 'EMAIL',
       'Asia/Tokyo', 'JP'
from generate_series(1, :users) i;

insert into term (id, name, applications_open_at, applications_close_at, review_days, program_start, program_end)
select (:'idprefix' || '8001-' || lpad(to_hex(t), 12, '0'))::uuid, 'Bench ' || :'set' || ' term ' || t,
       now() - interval '400 days', now() + interval '400 days', 14,
       (now() + interval '440 days')::date, (now() + interval '530 days')::date
from generate_series(0, (:projects - 1) / 3) t;

insert into project (id, term_id, organization, title, description, slots, evaluation_count, published)
select (:'idprefix' || '8002-' || lpad(to_hex(p), 12, '0'))::uuid,
       (:'idprefix' || '8001-' || lpad(to_hex(p / 3), 12, '0'))::uuid,
       'Bench', 'Bench ' || :'set' || ' project ' || p, 'A project of the apply spike', 1, 3, true
from generate_series(0, :projects - 1) p;

insert into project_skill (project_id, skill)
select (:'idprefix' || '8002-' || lpad(to_hex(p), 12, '0'))::uuid, skill
from generate_series(0, :projects - 1) p, (values ('go'), ('docs')) s (skill);

insert into project_mentor (project_id, mentor_id)
select (:'idprefix' || '8002-' || lpad(to_hex(p), 12, '0'))::uuid, 'bench-mentor'
from generate_series(0, :projects - 1) p;

insert into project_mentor_email (project_id, mentor_id, email)
select (:'idprefix' || '8002-' || lpad(to_hex(p), 12, '0'))::uuid, 'bench-mentor', 'bench-mentor@mentors.example.org'
from generate_series(0, :projects - 1) p;

insert into prerequisite_task (id, project_id, position, title, instructions, evidence_kind)
select (:'idprefix' || '8003-' || lpad(to_hex(p), 12, '0'))::uuid,
       (:'idprefix' || '8002-' || lpad(to_hex(p), 12, '0'))::uuid, 1, 'Task 1', 'Fix a starter issue', 'LINK'
from generate_series(0, :projects - 1) p;
commit;
analyze applicant, term, project, project_skill, project_mentor, project_mentor_email, prerequisite_task;
