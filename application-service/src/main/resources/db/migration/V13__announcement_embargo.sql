-- Issue 18, item 3: an announcement embargo per term. Decisions made before announce_at are held from the applicant:
-- she sees held_status (the status before the first held change, made at held_since) until announce_at.
alter table term add column announce_at timestamp with time zone;
alter table application add column held_status varchar(12);
alter table application add column held_since  timestamp with time zone;
-- A result call owed for a held decision is listed (and closable) from visible_from on.
alter table call_task add column visible_from timestamp with time zone;
