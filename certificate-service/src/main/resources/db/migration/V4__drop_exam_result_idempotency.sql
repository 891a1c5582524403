-- The Idempotency-Key of POST /api/v1/exams/results is now the platform's (table idempotent_request, V0_5), with the
-- request's fingerprint and an expiry. The column only served the old replay: no rule and no other row depends on it.
alter table exam_result drop constraint exam_result_idempotent;
alter table exam_result drop column idempotency_key;
