-- POST /api/v1/applications accepts an Idempotency-Key: the same key from the same applicant replays the first answer.
alter table application add column idempotency_key varchar(100);
alter table application add constraint application_idempotency unique (applicant_id, idempotency_key);
