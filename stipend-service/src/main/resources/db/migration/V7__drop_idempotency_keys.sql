-- Idempotency-Key is now the platform's (table idempotent_request, V0_5: with the request's fingerprint and an
-- expiry). This table only held the old replays; no other row refers to it. Keys in it at the upgrade are forgotten:
-- a retry of such a request across the upgrade acts again as a new request would (approvals and payment marks are
-- refused as transitions, 409; a plan would become one more revision).
drop table idempotency_key;
