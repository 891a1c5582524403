-- Issue 18, selection for thousands (second part): a waitlist per project. A waitlisted application is accepted when
-- an accepted applicant of its project withdraws; the first waitlisted first (waitlisted_at, then id).
alter table application drop constraint application_status_check;
alter table application add constraint application_status_check check (status in
    ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'ONBOARDED', 'COMPLETED', 'GRADUATED', 'ENDED', 'WAITLISTED'));
-- When a coordinator waitlisted it: the waitlist's order.
alter table application add column waitlisted_at timestamptz;
create index application_waitlist on application (project_id, waitlisted_at, id) where status = 'WAITLISTED';
