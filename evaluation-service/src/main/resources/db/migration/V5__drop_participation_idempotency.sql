-- The Idempotency-Key of POST /api/v1/mentorships/{id}/participation is now the platform's (table
-- idempotent_request, V0_5), with the request's fingerprint and an expiry. The column only served the old replay:
-- no rule and no other row depends on it.
alter table participation drop constraint participation_idempotency;
alter table participation drop column idempotency_key;
