-- POST /api/v1/mentorships/{id}/participation accepts an Idempotency-Key: a retry replays the first entry instead
-- of counting the meeting twice.
alter table participation add column idempotency_key varchar(200);
alter table participation add constraint participation_idempotency unique (mentorship_id, recorded_by, idempotency_key);
