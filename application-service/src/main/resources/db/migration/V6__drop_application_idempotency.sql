-- The Idempotency-Key of POST /api/v1/applications is now the platform's (table idempotent_request, V0_5), with the
-- request's fingerprint and an expiry. The column only served the old replay: no rule and no other row depends on it
-- (one application per applicant and project is application_once, which stays).
alter table application drop constraint application_idempotency;
alter table application drop column idempotency_key;
